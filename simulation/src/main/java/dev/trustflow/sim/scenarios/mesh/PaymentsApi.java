package dev.trustflow.sim.scenarios.mesh;

import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * POST /payments over an established mutual-TLS connection. Payments' sidecar hands the application the SPIFFE ID
 * of the client certificate it verified (Envoy's {@code x-forwarded-client-cert} header); the policy allows callers
 * by that identity, never by their address.
 */
final class PaymentsApi {

    /** Check id: the caller's verified SPIFFE ID is one the payments policy allows. */
    static final String POLICY = "policy.spiffe-id";
    private static final String PEER = "peer-spiffe-id";
    private static final String XFCC = "x-forwarded-client-cert";

    private final Set<String> allowed;

    PaymentsApi(Set<String> allowed) {
        this.allowed = new TreeSet<>(allowed);
    }

    void install(Simulation sim) {
        sim.guard(PAYMENTS, this::authorize);
        sim.serve(PAYMENTS, PaymentsApi::serve);
    }

    /** The request a caller sends on the connection it established, carrying the identity payments verified. */
    static Request call(String caller, String peerId, String sourceIp, int connected) {
        return Request.post(caller, PAYMENTS, "/payments")
                .caption(MeshCast.capitalized(MeshCast.label(caller))
                        + " sends POST /payments on the mutual-TLS connection")
                .causedBy(connected)
                .data(XFCC, "URI=" + peerId)
                .data("sourceIp", sourceIp)
                .carry(PEER, peerId);
    }

    private Optional<Reply> authorize(Arrival at) {
        String peer = at.request().carried(PEER, String.class).orElseThrow();
        CheckResult decision = allowed.contains(peer)
                ? CheckResult.pass(POLICY, peer + " is on payments' policy")
                : CheckResult.fail(POLICY, peer + " is not on payments' policy (allowed: " + String.join(", ",
                        allowed.stream().map(PaymentsApi::serviceAccount).toList()) + ")");
        if (!at.check(decision)) {
            return Optional.of(at.refuse(403, decision, "403 Forbidden: " + peer + " may not call payments"));
        }
        return Optional.empty();
    }

    /** The last segment of a SPIFFE ID ({@code orders}), which names the service in a short text. */
    private static String serviceAccount(String spiffeId) {
        return spiffeId.substring(spiffeId.lastIndexOf('/') + 1);
    }

    private static Reply serve(Arrival at) {
        String peer = at.request().carried(PEER, String.class).orElseThrow();
        return Reply.of(201, "201 Created: payment accepted from " + peer);
    }
}
