package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import java.time.Duration;
import java.util.List;

/**
 * Lesson 6. Alice logs in at 09:00, a thief copies her credential at 09:03, she logs out everywhere at 09:05,
 * and the thief keeps trying. A server-side session dies at once ({@code session.lookup}); a stateless JWT
 * lives until {@code exp} ({@code jwt.exp}) unless the API asks a denylist ({@code jwt.denylist}).
 */
public final class SessionsVsTokensScenario implements Scenario {

    public static final String ID = "sessions-vs-tokens";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Sessions vs tokens: who can end a login?";
    }

    @Override
    public String description() {
        return "Alice logs out at 09:05 after a thief copied her login. With a server-side session the thief is"
                + " locked out at once; with a self-contained JWT he keeps access until the token expires, unless"
                + " the API asks a denylist on every request, which brings the shared store back.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("mode", "jwt", List.of("jwt", "session"), "Login kept as",
                        "jwt: a signed token the API checks by itself; session: a random cookie looked up in a"
                                + " shared store on every request"),
                OptionSpec.duration("ttl", Duration.ofMinutes(15), "Lifetime",
                        "How long a login lasts (the JWT's exp, or the session's expiry); try 5m, 15m, 60m"),
                OptionSpec.bool("denylist", false, "Denylist",
                        "JWT mode: logout puts the token's jti on a denylist the API checks on every request"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        new SessionsVsTokensRun(sim, "session".equals(options.choice("mode")), options.duration("ttl"),
                options.flag("denylist")).play();
    }
}
