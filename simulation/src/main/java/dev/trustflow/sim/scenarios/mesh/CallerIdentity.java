package dev.trustflow.sim.scenarios.mesh;

import static dev.trustflow.sim.scenarios.mesh.MeshCast.ATTACKER;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.ORDERS;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.ORDERS_ID;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PARTNER_TRUST_DOMAIN;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.REPORTING;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.REPORTING_ID;

import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import java.security.PrivateKey;

/**
 * The caller's side: which actor calls, from which address, and what it presents. An attacker on orders' node
 * presents a copy of orders' current certificate (certificates are public: every peer receives one) with a key
 * of its own, since orders' private key never leaves orders' process.
 */
final class CallerIdentity {

    private final Simulation sim;
    private final MeshIdentities identities;
    private final Caller caller;
    private final ClientCertificate presented;
    private PrivateKey attackerKey;

    CallerIdentity(Simulation sim, MeshIdentities identities, Caller caller, ClientCertificate presented) {
        this.sim = sim;
        this.identities = identities;
        this.caller = caller;
        this.presented = presented;
    }

    String actor() {
        return switch (caller) {
            case ORDERS -> ORDERS;
            case REPORTING -> REPORTING;
            case ATTACKER_SAME_IP -> ATTACKER;
        };
    }

    /** The workload whose certificate the caller's side holds (orders' for the attacker). */
    private String workload() {
        return caller == Caller.REPORTING ? REPORTING : ORDERS;
    }

    private SpiffeId workloadId() {
        return caller == Caller.REPORTING ? REPORTING_ID : ORDERS_ID;
    }

    String sourceIp() {
        return caller == Caller.REPORTING ? MeshCast.REPORTING_NODE_IP : MeshCast.ORDERS_NODE_IP;
    }

    /**
     * Issues what the caller's side holds: the workload's mesh certificate unless the workload itself goes without
     * one (no certificate, or one from the other trust domain instead), and the other trust domain's certificate
     * when the caller presents one.
     */
    void issue(int cause) {
        boolean workloadPresents = caller != Caller.ATTACKER_SAME_IP;
        if (!workloadPresents || presented == ClientCertificate.VALID) {
            identities.issue(workload(), workloadId(), cause);
        }
        if (presented == ClientCertificate.OTHER_TRUST_DOMAIN) {
            identities.issueForeign(actor(), new SpiffeId(PARTNER_TRUST_DOMAIN, workloadId().namespace(),
                    workloadId().serviceAccount()), null);
        }
    }

    /** The agent renews the workload's mesh certificate, if it has one. */
    void rotate() {
        if (identities.current(workload()) != null) {
            identities.rotate(workload(), workloadId(), null);
        }
    }

    /** What happens right before the caller dials (the attacker's copy); the event, or null. */
    Integer prepare() {
        if (caller != Caller.ATTACKER_SAME_IP || presented != ClientCertificate.VALID) {
            return null;
        }
        return sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(PAYMENTS)
                .caption("The attacker, on orders' node (" + MeshCast.ORDERS_NODE_IP + ", an address the"
                        + " firewall allows), takes a copy of orders' certificate; the private key stays in"
                        + " orders' process")
                .data("step", "copy-certificate")
                .data("sourceIp", MeshCast.ORDERS_NODE_IP)
                .emit();
    }

    /** The certificate the caller presents, with the key it really has; null for none. */
    IssuedCertificate presented() {
        switch (presented) {
            case NONE:
                return null;
            case OTHER_TRUST_DOMAIN:
                return identities.foreign(actor());
            default:
                if (caller != Caller.ATTACKER_SAME_IP) {
                    return identities.current(workload());
                }
                IssuedCertificate orders = identities.current(ORDERS);
                return new IssuedCertificate(orders.certificate(), attackerKey(), orders.chain());
        }
    }

    private PrivateKey attackerKey() {
        if (attackerKey == null) {
            attackerKey = EcKeys.generateP256(sim.randomness().secure()).getPrivate();
        }
        return attackerKey;
    }
}
