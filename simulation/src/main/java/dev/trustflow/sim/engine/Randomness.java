package dev.trustflow.sim.engine;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * The one source of randomness of a run, injected through {@link Simulation}. Two streams with two jobs:
 * <ul>
 *   <li>{@link #decisions()}: seeded by the run's seed. Everything that shapes the sequence of events or their
 *       outcomes (which password the attacker tries first, token ids shown in captions) comes from here, so a run
 *       is a function of (scenario, options, seed).</li>
 *   <li>{@link #secure()}: the platform's {@link SecureRandom}, for key material and secrets (authorization codes,
 *       refresh tokens, API keys, salts). Its bytes differ per run and never decide an outcome.</li>
 * </ul>
 */
public final class Randomness {

    private final Random decisions;
    private final SecureRandom secure;

    public Randomness(long seed) {
        this(seed, new SecureRandom());
    }

    public Randomness(long seed, SecureRandom secure) {
        this.decisions = new Random(seed);
        this.secure = secure;
    }

    public Random decisions() {
        return decisions;
    }

    public SecureRandom secure() {
        return secure;
    }

    /** An id drawn from the decisions stream (so it is the same in every run with this seed). */
    public UUID uuid() {
        return new UUID(decisions.nextLong(), decisions.nextLong());
    }
}
