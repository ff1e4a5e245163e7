package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.client.RedirectMatching;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 7: the authorization code flow with PKCE, in three acts: a malicious app intercepts the code
 * ({@code pkce.verifier}), login CSRF ({@code oauth.state}), a manipulated redirect URI
 * ({@code oauth.redirect-uri}); and the deprecated implicit flow as a what-if.
 */
public final class OAuthCodePkceScenario implements Scenario {

    public static final String ID = "oauth-code-pkce";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "OAuth code flow with PKCE";
    }

    @Override
    public String description() {
        return "Alice lets the PrintShop app read her PhotoCloud photos without giving it her password. Three"
                + " attacks follow: a malicious app intercepts the code, a forged callback (login CSRF), and a"
                + " phishing link with a look-alike redirect URI; PKCE, state and exact redirect matching stop them.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("pkce", true, "PKCE",
                        "The app binds each code to a secret verifier (S256); off: whoever holds the code gets the"
                                + " tokens"),
                OptionSpec.bool("state", true, "state",
                        "The app sends a random state and checks it on the callback; off: a forged callback gets"
                                + " through (login CSRF) unless PKCE catches it"),
                OptionSpec.choice("redirect-match", "exact", List.of("exact", "prefix"), "redirect_uri matching",
                        "exact: the server compares redirect_uri as a whole string; prefix: a look-alike host passes"
                                + " and receives the code"),
                OptionSpec.choice("flow", "code", List.of("code", "implicit"), "Flow",
                        "code: tokens travel on the back channel; implicit (deprecated): the access token comes back"
                                + " in the URL, where it leaks"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        sim.phase("Alice signs in");
        PrintShop ps = new PrintShop(sim, options.flag("pkce"), options.flag("state"),
                RedirectMatching.valueOf(options.choice("redirect-match").toUpperCase(Locale.ROOT)),
                "implicit".equals(options.choice("flow")));
        Instant start = sim.now();
        new InterceptionAct(ps).play();
        sim.phase("Login CSRF");
        ps.timeline.jumpTo(start.plus(Duration.ofMinutes(10)), Cast.ATTACKER);
        new LoginCsrfAct(ps).play();
        sim.phase("Look-alike redirect URI");
        ps.timeline.jumpTo(start.plus(Duration.ofMinutes(20)), Cast.ATTACKER);
        new RedirectUriAct(ps).play();
        sim.summary().put("leaks", ps.leaks());
    }
}
