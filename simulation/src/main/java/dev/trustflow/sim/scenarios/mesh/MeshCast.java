package dev.trustflow.sim.scenarios.mesh;

import dev.trustflow.sim.crypto.pki.SpiffeId;

/** The actors of the mesh scenarios, their SPIFFE IDs and the address the network sees them at. */
final class MeshCast {

    static final String MESH_CA = "mesh-ca";
    static final String PARTNER_CA = "partner-ca";
    static final String ORDERS = "orders";
    static final String REPORTING = "reporting";
    static final String ATTACKER = "attacker";
    static final String PAYMENTS = "payments";

    static final String CONTROL_ZONE = "control";
    static final String WORKLOADS_ZONE = "workloads";
    static final String PAYMENTS_ZONE = "payments-ns";
    static final String PARTNER_ZONE = "partner";

    /** The trust domain of another organisation, whose CA payments does not trust. */
    static final String PARTNER_TRUST_DOMAIN = "partner.example";

    static final SpiffeId ORDERS_ID = SpiffeId.of("shop", "orders");
    static final SpiffeId REPORTING_ID = SpiffeId.of("analytics", "reporting");
    static final SpiffeId PAYMENTS_ID = SpiffeId.of("shop", "payments");

    /** The node orders runs on; the attacker's process runs there too. */
    static final String ORDERS_NODE_IP = "10.0.1.7";
    static final String REPORTING_NODE_IP = "10.0.1.9";

    private MeshCast() {
    }

    /** "orders'", "the attacker's": the possessive of {@link #label}. */
    static String possessive(String actor) {
        String label = label(actor);
        return label.endsWith("s") ? label + "'" : label + "'s";
    }

    /** The text with its first letter in upper case, to start a sentence with a label. */
    static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String label(String actor) {
        return switch (actor) {
            case ORDERS -> "orders";
            case REPORTING -> "reporting";
            case ATTACKER -> "the attacker";
            case PAYMENTS -> "payments";
            default -> actor;
        };
    }
}
