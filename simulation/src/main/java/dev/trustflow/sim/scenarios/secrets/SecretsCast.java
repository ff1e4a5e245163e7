package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;

/** The actors of the {@code secrets-management} scenario, the orders service's identity, and their world. */
final class SecretsCast {

    static final String CA = "platform-ca";
    static final String ORDERS = "orders";
    static final String VAULT = "vault";
    static final String DATABASE = "orders-db";
    static final String ATTACKER = "attacker";
    static final SpiffeId ORDERS_ID = SpiffeId.of("shop", "orders");
    static final String DB_ROLE = "orders-rw";

    private SecretsCast() {
    }

    static void declare(Simulation sim) {
        sim.world().zone("platform", "Platform", false);
        sim.world().zone("apps", "Apps", false);
        sim.world().zone("data", "Data", false);
        sim.world().zone("internet", "Internet", false);
        sim.world().actor(CA, "Platform CA", ActorKind.CERTIFICATE_AUTHORITY, "platform");
        sim.world().actor(VAULT, "Vault", ActorKind.SECRETS_VAULT, "platform");
        sim.world().actor(ORDERS, "Orders service", ActorKind.SERVICE, "apps");
        sim.world().actor(DATABASE, "Orders DB", ActorKind.DATABASE, "data");
        sim.world().actor(ATTACKER, "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().link(CA, ORDERS, Channel.BACK, Protection.TLS);
        sim.world().link(ORDERS, VAULT, Channel.BACK, Protection.TLS);
        sim.world().link(VAULT, DATABASE, Channel.BACK, Protection.TLS);
        sim.world().link(ORDERS, DATABASE, Channel.BACK, Protection.TLS);
        sim.world().link(ATTACKER, DATABASE, Channel.ATTACK, Protection.TLS);
    }
}
