package dev.trustflow.sim.scenarios.zerotrust;

import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import dev.trustflow.sim.world.Rule;
import dev.trustflow.sim.world.Topology;
import java.util.List;
import java.util.Map;

/**
 * The company: an edge gateway (north-south), the public web service and four internal services, an employee's
 * laptop in the office, the mesh CA, and the attacker on the internet. The same actors, zones and links under
 * every what-if, so nothing moves on the stage when the student flips one; only what protects an east-west link
 * changes with the architecture.
 */
final class Company {

    static final String ATTACKER = "attacker";
    static final String GATEWAY = "gateway";
    static final String LAPTOP = "laptop";
    static final String WEB = "web";
    static final String ORDERS = "orders";
    static final String PAYMENTS = "payments";
    static final String CUSTOMERS = "customers";
    static final String HR = "hr-api";
    /** The mesh's CA; the id the reused mesh pieces ({@code sim.scenarios.mesh}) issue certificates as. */
    static final String MESH_CA = "mesh-ca";

    static final String INTERNET = "internet";
    static final String EDGE = "edge";
    /** The office network; "corporate" so the stage draws it between the edge and the internal services. */
    static final String OFFICE = "corporate";
    static final String INTERNAL = "internal";
    static final String CONTROL = "control";

    /** The internal services the attacker is after, in the order it tries them. */
    static final List<String> TARGETS = List.of(ORDERS, PAYMENTS, CUSTOMERS, HR);
    /** The workloads of the mesh: each holds a SPIFFE identity in zero trust. */
    static final List<String> WORKLOADS = List.of(GATEWAY, WEB, ORDERS, PAYMENTS, CUSTOMERS, HR);

    static final Map<String, SpiffeId> IDS = Map.of(
            GATEWAY, SpiffeId.of("edge", "gateway"),
            WEB, SpiffeId.of("shop", "web"),
            ORDERS, SpiffeId.of("shop", "orders"),
            PAYMENTS, SpiffeId.of("shop", "payments"),
            CUSTOMERS, SpiffeId.of("shop", "customers"),
            HR, SpiffeId.of("corp", "hr-api"));

    private Company() {
    }

    static SpiffeId id(String workload) {
        return IDS.get(workload);
    }

    static void declare(Topology.Builder world, Architecture architecture) {
        Protection eastWest = architecture == Architecture.ZERO_TRUST ? Protection.MTLS : Protection.PLAIN;
        world.zone(INTERNET, "Internet", false);
        world.zone(EDGE, "Edge", false);
        world.zone(OFFICE, "Office", false);
        world.zone(INTERNAL, "Internal network", true);
        world.zone(CONTROL, "Mesh control", false);
        world.actor(ATTACKER, "Attacker", ActorKind.ATTACKER, INTERNET);
        world.actor(GATEWAY, "Gateway", ActorKind.API_GATEWAY, EDGE);
        world.actor(LAPTOP, "Laptop", ActorKind.CLIENT_APP, OFFICE);
        world.actor(MESH_CA, "Mesh CA", ActorKind.CERTIFICATE_AUTHORITY, CONTROL);
        world.actor(WEB, "Web", ActorKind.SERVICE, INTERNAL);
        world.actor(ORDERS, "Orders", ActorKind.SERVICE, INTERNAL);
        world.actor(PAYMENTS, "Payments", ActorKind.SERVICE, INTERNAL);
        world.actor(CUSTOMERS, "Customers", ActorKind.SERVICE, INTERNAL);
        world.actor(HR, "HR API", ActorKind.SERVICE, INTERNAL);

        world.link(ATTACKER, GATEWAY, Channel.ATTACK, Protection.TLS);
        world.link(ATTACKER, LAPTOP, Channel.ATTACK, Protection.TLS);
        world.link(LAPTOP, GATEWAY, Channel.BACK, Protection.TLS);
        world.link(GATEWAY, WEB, Channel.BACK, eastWest);
        for (String workload : WORKLOADS) {
            world.link(MESH_CA, workload, Channel.BACK, Protection.TLS);
        }
        for (String target : TARGETS) {
            world.link(LAPTOP, target, Channel.BACK, eastWest);
            world.link(WEB, target, Channel.BACK, eastWest);
        }
        world.rule(Rule.segment("fw.edge-to-internal", EDGE, INTERNAL,
                "the edge gateway forwards the public routes to the internal network"));
        world.rule(Rule.segment("fw.office-to-internal", OFFICE, INTERNAL,
                "the office network is inside: its machines reach every internal service"));
    }

    /** "orders'", "web's": the possessive of {@link #label}. */
    static String possessive(String actor) {
        String label = label(actor);
        return label.endsWith("s") ? label + "'" : label + "'s";
    }

    /** The short name of an actor for a caption. */
    static String label(String actor) {
        return switch (actor) {
            case HR -> "the HR API";
            case LAPTOP -> "Alice's laptop";
            case GATEWAY -> "the gateway";
            default -> actor;
        };
    }
}
