package dev.trustflow.sim.scenario;

import dev.trustflow.sim.engine.Simulation;
import java.util.List;

/**
 * A story with real cryptography underneath. Implementations declare their actors in
 * {@code sim.world()}, then act: every message, every check and every outcome is recorded as an event
 * that reports what really happened (a check fails because the library underneath rejected it).
 */
public interface Scenario {

    /** Stable lower-case id ({@code jwt-anatomy}); the CLI and lessons name scenarios by it. */
    String id();

    /** A title for a person. */
    String title();

    /** Two or three sentences: what the student sees and why it matters. */
    String description();

    /** The what-ifs this scenario offers, in the order a toggle panel shows them. */
    List<OptionSpec> options();

    /** Runs the scenario once; called on a fresh {@link Simulation} every time. */
    void play(Simulation sim, Options options);
}
