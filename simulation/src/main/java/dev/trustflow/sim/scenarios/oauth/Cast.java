package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;

/** The actor ids every token-lifecycle scenario shares, and the common part of their topology. */
final class Cast {

    static final String ALICE = "alice";
    static final String BROWSER = "alice-browser";
    static final String AUTH = "auth-server";
    static final String ATTACKER = "attacker";

    static final String ISSUER = "https://auth.trustflow.demo";

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
}
