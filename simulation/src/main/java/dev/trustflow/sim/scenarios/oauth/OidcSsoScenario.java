package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.validation.IdTokenCheck;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import java.util.List;

/**
 * Lesson 9: OpenID Connect and single sign-on. Alice signs in to Mail with her password and to Calendar without
 * one (the identity provider's session). Then the attacker, who runs a quiz app Alice also uses, tries to log
 * in to Calendar as Alice with tokens that are not meant for it: the quiz's ID token ({@code oidc.aud}), a
 * replayed Calendar ID token ({@code oidc.nonce}) and an access token ({@code oidc.token-type}).
 */
public final class OidcSsoScenario implements Scenario {

    public static final String ID = "oidc-and-sso";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "OpenID Connect and single sign-on";
    }

    @Override
    public String description() {
        return "An ID token says who logged in, for which app, for which login attempt. Alice signs in once and"
                + " uses two apps; an attacker then tries to log in to Calendar as Alice with tokens meant for"
                + " something else, and Calendar's checks on the ID token stop each try.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("aud-check", true, "Audience check",
                        "Calendar demands aud = its own client id; off: an ID token issued to another app (the"
                                + " attacker's quiz) logs the attacker in as Alice"),
                OptionSpec.bool("nonce", true, "Nonce",
                        "Calendar sends a fresh nonce per login and demands it back; off: an ID token leaked from an"
                                + " earlier login can be replayed"),
                OptionSpec.bool("token-type-check", true, "Token type check",
                        "Calendar accepts only ID tokens; off: an access token (typ at+jwt) whose aud is Calendar's"
                                + " API is taken as proof of login"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        new OidcSsoRun(sim, new IdTokenCheck.Strictness(options.flag("token-type-check"), options.flag("aud-check"),
                options.flag("nonce"))).play();
    }
}
