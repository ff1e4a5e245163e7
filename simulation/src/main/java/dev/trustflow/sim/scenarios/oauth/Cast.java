package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.DemoCast;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;

/** The actor ids every token-lifecycle scenario shares, and the common part of their topology. */
final class Cast {

    static final String ALICE = "alice";
    static final String BROWSER = "alice-browser";
    static final String AUTH = DemoCast.AUTH_SERVER;
    static final String ATTACKER = "attacker";

    static final String ISSUER = DemoCast.ISSUER;

    private Cast() {
    }

    /** Alice, her browser and the authorization server, with the browser on the front channel (HTTPS). */
    static void userAndServer(Simulation sim) {
        sim.world().actor(ALICE, "Alice", ActorKind.USER, "home");
        sim.world().actor(BROWSER, "Alice's browser", ActorKind.BROWSER, "home");
        sim.world().actor(AUTH, "Authorization server", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().link(ALICE, BROWSER, Channel.FRONT);
        sim.world().link(BROWSER, AUTH, Channel.FRONT, Protection.TLS);
    }

    static void attacker(Simulation sim, String label) {
        sim.world().actor(ATTACKER, label, ActorKind.ATTACKER, "internet");
    }

    /** Each of {@code parties} calls the authorization server on the back channel, over HTTPS. */
    static void backChannel(Simulation sim, String... parties) {
        for (String party : parties) {
            sim.world().link(party, AUTH, Channel.BACK, Protection.TLS);
        }
    }

    /** The attacker's paths to {@code targets}, as {@code protection} protects them (TLS where he calls a server). */
    static void attackPaths(Simulation sim, Protection protection, String... targets) {
        for (String target : targets) {
            sim.world().link(ATTACKER, target, Channel.ATTACK, protection);
        }
    }

    /**
     * A phone app that Alice's browser hands the redirects to, and the API it calls with the tokens it gets: both
     * talk to each other and to the authorization server over HTTPS.
     */
    static void phoneAppAndApi(Simulation sim, String app, String appLabel, String api, String apiLabel,
                               String apiZone) {
        sim.world().actor(app, appLabel, ActorKind.CLIENT_APP, "phone");
        sim.world().actor(api, apiLabel, ActorKind.SERVICE, apiZone);
        sim.world().link(BROWSER, app, Channel.FRONT);
        sim.world().link(app, api, Channel.BACK, Protection.TLS);
        backChannel(sim, app, api);
    }
}
