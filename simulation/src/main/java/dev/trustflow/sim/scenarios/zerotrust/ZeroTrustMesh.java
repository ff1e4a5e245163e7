package dev.trustflow.sim.scenarios.zerotrust;

import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.mesh.DialResult;
import dev.trustflow.sim.scenarios.mesh.MeshIdentities;
import dev.trustflow.sim.scenarios.mesh.MtlsDial;
import java.util.HashSet;

/**
 * The company's mesh in zero trust, built from lesson 14's pieces: the mesh CA issues every workload a one-hour
 * SPIFFE certificate, and every east-west connection is a real mutual-TLS handshake ({@link MtlsDial}) in which
 * the callee requires the caller's certificate. A machine that is not a workload (the laptop) holds none.
 */
final class ZeroTrustMesh {

    private final MeshIdentities identities;
    private final MtlsDial dial;

    ZeroTrustMesh(Simulation sim) {
        this.identities = new MeshIdentities(sim, new HashSet<>(Company.WORKLOADS));
        this.dial = new MtlsDial(sim, identities);
    }

    /** The trust bundle, then one identity per workload; returns the last event's seq. */
    int issueIdentities() {
        int bundle = identities.publishTrustBundle(Company.WORKLOADS);
        int last = bundle;
        for (String workload : Company.WORKLOADS) {
            last = identities.issue(workload, Company.id(workload), bundle);
        }
        return last;
    }

    /**
     * {@code client} connects to {@code server}, presenting its own certificate with its own key when it is a
     * workload (an attacker running inside a workload's process uses both), none otherwise.
     */
    DialResult connect(String client, String server, Integer cause) {
        IssuedCertificate presented = identities.current(client);
        return dial.dial(client, server, Company.id(server), presented, cause);
    }

    /** Whether {@code actor} holds a mesh identity. */
    boolean hasIdentity(String actor) {
        return identities.current(actor) != null;
    }
}
