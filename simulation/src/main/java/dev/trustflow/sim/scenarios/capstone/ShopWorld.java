package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import dev.trustflow.sim.world.Topology;
import java.util.List;

/**
 * The bad shop: nine actors in four zones. The internal network is flat (the web app's host reaches orders,
 * payments and the users DB directly), which is the first mistake; the same actors and links under every
 * what-if, so nothing moves on the stage when the student turns a fix on.
 */
final class ShopWorld {

    static final String ATTACKER = "attacker";
    static final String REPO = "repo";
    static final String AUTH = "auth";
    static final String GATEWAY = "gateway";
    static final String WEB_APP = "web-app";
    static final String ORDERS = "orders";
    static final String PAYMENTS = "payments";
    static final String VAULT = "vault";
    static final String USERS_DB = "users-db";

    /** Where the attacker starts: its own machine and the web app it broke into. */
    static final List<String> FOOTHOLD = List.of(ATTACKER, WEB_APP);

    private ShopWorld() {
    }

    static void declare(Topology.Builder world) {
        world.zone("internet", "Internet", false);
        world.zone("edge", "Edge", false);
        world.zone("internal", "Internal (trusted)", false);
        world.zone("data", "Data", false);
        world.actor(ATTACKER, "Attacker", ActorKind.ATTACKER, "internet");
        world.actor(REPO, "Code repo", ActorKind.THIRD_PARTY, "internet");
        world.actor(AUTH, "Auth server", ActorKind.AUTHORIZATION_SERVER, "edge");
        world.actor(GATEWAY, "Gateway", ActorKind.API_GATEWAY, "edge");
        world.actor(WEB_APP, "Web app", ActorKind.SERVICE, "edge");
        world.actor(ORDERS, "Orders", ActorKind.SERVICE, "internal");
        world.actor(PAYMENTS, "Payments", ActorKind.SERVICE, "internal");
        world.actor(VAULT, "Vault", ActorKind.SECRETS_VAULT, "internal");
        world.actor(USERS_DB, "Users DB", ActorKind.DATABASE, "data");

        world.link(ATTACKER, GATEWAY, Channel.ATTACK, Protection.TLS);
        world.link(ATTACKER, WEB_APP, Channel.ATTACK, Protection.TLS);
        world.link(ATTACKER, REPO, Channel.ATTACK, Protection.TLS);
        world.link(AUTH, GATEWAY, Channel.BACK, Protection.TLS);
        world.link(AUTH, WEB_APP, Channel.BACK, Protection.TLS);
        world.link(GATEWAY, ORDERS, Channel.BACK);
        world.link(WEB_APP, GATEWAY, Channel.BACK);
        world.link(WEB_APP, ORDERS, Channel.BACK);
        world.link(WEB_APP, PAYMENTS, Channel.BACK);
        world.link(WEB_APP, USERS_DB, Channel.BACK);
        world.link(ORDERS, PAYMENTS, Channel.BACK);
        world.link(ORDERS, USERS_DB, Channel.BACK);
        world.link(VAULT, ORDERS, Channel.BACK, Protection.TLS);
    }
}
