package dev.trustflow.sim.scenarios.mesh;

import static dev.trustflow.sim.scenarios.mesh.MeshCast.ATTACKER;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.CONTROL_ZONE;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.MESH_CA;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.ORDERS;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.ORDERS_ID;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PARTNER_CA;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PARTNER_TRUST_DOMAIN;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PARTNER_ZONE;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS_ID;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS_ZONE;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.REPORTING;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.WORKLOADS_ZONE;

import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import dev.trustflow.sim.world.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lesson 14: orders calls payments over mutual TLS inside a mesh. Each workload holds a one-hour X.509 certificate
 * with its SPIFFE ID, from the mesh CA. Every call runs a real TLS 1.3 handshake in which payments requires and
 * validates the caller's certificate (PKIX at virtual time, the mesh root as the only anchor) and the caller proves
 * it holds the key; payments then authorizes by the verified SPIFFE ID. The caller calls at 09:00 and again three
 * hours later, after its agent rotated its certificate every half hour, or after nobody did.
 */
public final class MtlsWorkloadIdentityScenario implements Scenario {

    public static final String ID = "mtls-workload-identity";
    public static final String OPTION_CLIENT_CERT = "client-cert";
    public static final String OPTION_CALLER = "caller";
    public static final String OPTION_ROTATION = "rotation";

    /** The agent renews a certificate when half its life is gone. */
    private static final Duration ROTATE_EVERY = MeshIdentities.SVID_TTL.dividedBy(2);
    /** How long passes between the two calls. */
    private static final Duration LATER = Duration.ofHours(3);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "mTLS and workload identity: who is calling, not from where";
    }

    @Override
    public String description() {
        return "Orders calls payments over mutual TLS in a service mesh. Both present short-lived certificates with "
                + "their SPIFFE IDs; payments checks the caller's chain, its proof of the key, then its identity "
                + "against a policy. An address proves nothing; a certificate nobody rotates runs out.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_CLIENT_CERT, ClientCertificate.VALID.id(), ClientCertificate.ids(),
                        "Caller's certificate", "its mesh certificate, none at all, or one from another trust"
                                + " domain's CA"),
                OptionSpec.choice(OPTION_CALLER, Caller.ORDERS.id(), Caller.ids(), "Who calls payments",
                        "orders (allowed), reporting (a valid identity the policy does not allow), or an attacker"
                                + " on orders' node with orders' certificate but not its key"),
                OptionSpec.choice(OPTION_ROTATION, Rotation.AUTO.id(), Rotation.ids(), "Certificate rotation",
                        "the caller's one-hour certificate is renewed every 30 minutes, or never"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        ClientCertificate presented = ClientCertificate.of(options.choice(OPTION_CLIENT_CERT));
        Caller caller = Caller.of(options.choice(OPTION_CALLER));
        Rotation rotation = Rotation.of(options.choice(OPTION_ROTATION));
        declareWorld(sim);
        MeshIdentities identities = new MeshIdentities(sim);
        new PaymentsApi(Set.of(ORDERS_ID.toString())).install(sim);
        MtlsDial dial = new MtlsDial(sim, identities);
        CallerIdentity callerIdentity = new CallerIdentity(sim, identities, caller, presented);

        sim.phase("The mesh issues identities");
        Instant issuedAt = sim.now();
        int bundle = identities.publishTrustBundle(workloads(caller));
        identities.issue(PAYMENTS, PAYMENTS_ID, bundle);
        callerIdentity.issue(bundle);

        sim.phase("The call at 09:00");
        Outcome first = call(sim, dial, callerIdentity);

        sim.phase("Three hours pass");
        for (Instant next = issuedAt.plus(ROTATE_EVERY); !next.isAfter(issuedAt.plus(LATER));
             next = next.plus(ROTATE_EVERY)) {
            sim.tick(Duration.between(sim.now(), next));
            identities.rotate(PAYMENTS, PAYMENTS_ID, null);
            if (rotation == Rotation.AUTO) {
                callerIdentity.rotate();
            }
        }

        sim.phase("The call three hours later");
        Outcome second = call(sim, dial, callerIdentity);

        sim.summary().put("clientCert", presented.id());
        sim.summary().put("caller", caller.id());
        sim.summary().put("rotation", rotation.id());
        sim.summary().put("firstCall", first.word());
        sim.summary().put("secondCall", second.word());
    }

    private static Outcome call(Simulation sim, MtlsDial dial, CallerIdentity caller) {
        Integer cause = caller.prepare();
        DialResult connection = dial.dial(caller.actor(), caller.presented(), cause);
        if (!connection.established()) {
            return new Outcome(connection.alert().orElseThrow(), 0);
        }
        Exchange exchange = sim.send(PaymentsApi.call(caller.actor(), connection.peerId(), caller.sourceIp(),
                connection.lastSeq()));
        return new Outcome(null, exchange.status().orElse(0));
    }

    /** How a call ended: the TLS alert that refused the connection, or the HTTP status payments answered. */
    private record Outcome(String alert, int status) {
        String word() {
            return alert != null ? alert : Integer.toString(status);
        }
    }

    private static List<String> workloads(Caller caller) {
        List<String> names = new ArrayList<>(List.of(PAYMENTS));
        names.add(caller == Caller.REPORTING ? REPORTING : ORDERS);
        return names;
    }

    /**
     * The same world under every what-if, so that no actor moves on the stage when the student flips one: both
     * callers, the attacker and the other trust domain's CA are always there, whoever takes part in this run.
     */
    private static void declareWorld(Simulation sim) {
        sim.world().zone(CONTROL_ZONE, "Mesh control plane", false);
        sim.world().zone(WORKLOADS_ZONE, "Workload nodes 10.0.1.0/24", false);
        sim.world().zone(PAYMENTS_ZONE, "Payments namespace", true);
        sim.world().zone(PARTNER_ZONE, "Trust domain " + PARTNER_TRUST_DOMAIN, false);
        sim.world().actor(MESH_CA, "Mesh CA (" + SpiffeId.LAB_TRUST_DOMAIN + ")", ActorKind.CERTIFICATE_AUTHORITY,
                CONTROL_ZONE);
        sim.world().actor(PAYMENTS, "Payments service", ActorKind.SERVICE, PAYMENTS_ZONE);
        sim.world().actor(ORDERS, "Orders service", ActorKind.SERVICE, WORKLOADS_ZONE);
        sim.world().actor(REPORTING, "Reporting service", ActorKind.SERVICE, WORKLOADS_ZONE);
        sim.world().actor(ATTACKER, "Attacker on orders' node", ActorKind.ATTACKER, WORKLOADS_ZONE);
        sim.world().actor(PARTNER_CA, "Partner CA (" + PARTNER_TRUST_DOMAIN + ")", ActorKind.CERTIFICATE_AUTHORITY,
                PARTNER_ZONE);
        for (String workload : List.of(PAYMENTS, ORDERS, REPORTING)) {
            sim.world().link(MESH_CA, workload, Channel.BACK, Protection.TLS);
        }
        sim.world().link(ORDERS, PAYMENTS, Channel.BACK, Protection.MTLS);
        sim.world().link(REPORTING, PAYMENTS, Channel.BACK, Protection.MTLS);
        sim.world().link(ATTACKER, PAYMENTS, Channel.ATTACK, Protection.MTLS);
        for (String caller : List.of(ORDERS, REPORTING, ATTACKER)) {
            sim.world().link(PARTNER_CA, caller, Channel.BACK, Protection.TLS);
        }
        sim.world().rule(Rule.segment("fw.workloads-to-payments", WORKLOADS_ZONE, PAYMENTS_ZONE,
                "the workload nodes (10.0.1.0/24) may connect to payments on port 8443"));
    }
}
