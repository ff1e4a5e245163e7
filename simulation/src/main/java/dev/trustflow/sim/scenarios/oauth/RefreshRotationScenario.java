package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.refresh.RotationPolicy;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import java.time.Duration;
import java.util.List;

/**
 * Lesson 10: short access tokens, long refresh tokens. A thief copies the notes app's refresh token and uses
 * it first; when Alice's app then presents the same (now rotated) token, the server sees the reuse
 * ({@code refresh.reuse}), revokes the whole family and raises an alert, so the thief's next try fails
 * ({@code refresh.revoked}). The clock is fast-forwarded to the end of the refresh token's life
 * ({@code refresh.expired}).
 */
public final class RefreshRotationScenario implements Scenario {

    public static final String ID = "refresh-rotation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Refresh tokens: rotation and reuse detection";
    }

    @Override
    public String description() {
        return "Alice's notes app holds a 15-minute access token and a 30-day refresh token, stored by the server"
                + " only as a hash. A thief copies the refresh token. Rotation with reuse detection turns the"
                + " thief's first use into an alarm that revokes the whole family; without it he keeps access for"
                + " weeks.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("rotation", true, "Rotation",
                        "Every refresh returns a new refresh token and retires the old one; off: the same token"
                                + " works again and again until it expires"),
                OptionSpec.bool("reuse-detection", true, "Reuse detection",
                        "A retired refresh token coming back revokes its whole family; off: only that one request is"
                                + " refused and the thief's newer token lives on"),
                OptionSpec.duration("access-ttl", Duration.ofMinutes(15), "Access token lifetime",
                        "How long an access token works; a revoked family cannot stop an access token already"
                                + " issued"),
                OptionSpec.duration("refresh-ttl", Duration.ofDays(30), "Refresh token lifetime",
                        "How long a sign-in's refresh tokens last in total; the clock later jumps past it"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        new RefreshRotationRun(sim, new RotationPolicy(options.flag("rotation"), options.flag("reuse-detection"),
                options.duration("refresh-ttl")), options.duration("access-ttl")).play();
    }
}
