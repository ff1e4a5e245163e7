package dev.trustflow.sim.scenarios.mesh;

import static dev.trustflow.sim.scenarios.mesh.MeshCast.MESH_CA;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PARTNER_CA;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.Pem;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mesh's CA and the workload certificates it issues (X.509-SVIDs: a SPIFFE ID as the URI SAN, one hour of
 * life), each issue recorded as a {@code cert.issued} event that puts the certificate in its holder's wallet. A
 * second CA, of another trust domain, issues the certificate payments does not trust.
 */
public final class MeshIdentities {

    /** How long a workload certificate lives. */
    static final Duration SVID_TTL = Duration.ofHours(1);
    /** How long the other trust domain's certificates live. */
    static final Duration PARTNER_TTL = Duration.ofHours(24);
    private static final Duration CA_VALIDITY = Duration.ofDays(365);

    private final Simulation sim;
    private final CertificateMinter minter;
    private final CaHierarchy mesh;
    private CaHierarchy partner;
    private final Map<String, IssuedCertificate> current = new HashMap<>();
    private final Map<String, IssuedCertificate> foreign = new HashMap<>();
    private final Map<String, String> credentialIds = new HashMap<>();
    private final Map<String, Integer> generations = new HashMap<>();
    private final Set<String> acceptedBy;

    MeshIdentities(Simulation sim) {
        this(sim, Set.of(PAYMENTS));
    }

    /** The mesh of a run whose workload certificates the workloads {@code acceptedBy} accept (a wallet's "opens"). */
    public MeshIdentities(Simulation sim, Set<String> acceptedBy) {
        this.sim = sim;
        this.acceptedBy = Set.copyOf(acceptedBy);
        this.minter = new CertificateMinter(sim.randomness().secure(), sim.random());
        this.mesh = CaHierarchy.create("Mesh", minter, sim.now().minus(Duration.ofDays(1)), CA_VALIDITY);
    }

    /** The roots every workload of the mesh trusts: the mesh's own, and nothing else. */
    public List<X509Certificate> trustBundle() {
        return List.of(mesh.root());
    }

    /** Records the mesh CA handing its root to the workloads (the event goes to the first) as their trust bundle. */
    public int publishTrustBundle(List<String> workloads) {
        EventBuilder event = sim.event(EventKinds.CERT_ISSUED, MESH_CA).to(workloads.get(0))
                .caption("The mesh CA's root is the trust bundle of every workload: a peer's certificate must chain"
                        + " to it")
                .data("subject", mesh.root().getSubjectX500Principal().getName())
                .data("trustDomain", SpiffeId.LAB_TRUST_DOMAIN)
                .data("workloads", String.join(", ", workloads))
                .artifact(pem("mesh root CA", mesh.root()))
                .artifact(pem("mesh issuing CA", mesh.intermediate()));
        return event.emit();
    }

    /** Issues {@code holder} its first workload certificate for {@code id}. */
    public int issue(String holder, SpiffeId id, Integer cause) {
        IssuedCertificate cert = mesh.issue(LeafProfile.workload(id, sim.now(), SVID_TTL));
        return record(holder, id, cert, MESH_CA, "The mesh CA issues " + MeshCast.label(holder) + " its identity "
                + id + ", valid one hour", cause, null);
    }

    /** Renews {@code holder}'s certificate for the same identity before the old one runs out. */
    int rotate(String holder, SpiffeId id, Integer cause) {
        IssuedCertificate cert = mesh.issue(LeafProfile.workload(id, sim.now(), SVID_TTL));
        return record(holder, id, cert, MESH_CA, "Half its life gone: " + MeshCast.possessive(holder)
                + " agent rotates its certificate (a new key, valid one more hour)", cause,
                credentialIds.get(holder));
    }

    /** A certificate for {@code id} from the other trust domain's CA, which payments does not trust. */
    int issueForeign(String holder, SpiffeId id, Integer cause) {
        if (partner == null) {
            partner = CaHierarchy.create("Partner", minter, sim.now().minus(Duration.ofDays(1)), CA_VALIDITY);
        }
        IssuedCertificate cert = partner.issue(LeafProfile.workload(id, sim.now(), PARTNER_TTL));
        foreign.put(holder, cert);
        return record(holder, id, cert, PARTNER_CA, "The CA of another trust domain (" + id.trustDomain()
                + ") issues " + MeshCast.label(holder) + " the identity " + id, cause, null);
    }

    /** The other trust domain's certificate {@code holder} holds; null when it has none. */
    IssuedCertificate foreign(String holder) {
        return foreign.get(holder);
    }

    /** The mesh certificate {@code holder} holds now; null when it was never issued one. */
    public IssuedCertificate current(String holder) {
        return current.get(holder);
    }

    private int record(String holder, SpiffeId id, IssuedCertificate cert, String issuer, String caption,
                       Integer cause, String replaces) {
        int generation = generations.merge(holder, 1, Integer::sum);
        String credentialId = "svid-" + holder + "-" + generation;
        Credential credential = new Credential(credentialId, Credential.Kind.CERTIFICATE,
                MeshCast.possessive(holder) + " certificate #" + generation + " (" + id + ")", acceptedBy,
                cert.certificate().getNotAfter().toInstant());
        EventBuilder event = sim.event(EventKinds.CERT_ISSUED, issuer).to(holder).cause(cause)
                .caption(caption)
                .data("spiffeId", id.toString())
                .data("serial", cert.certificate().getSerialNumber().toString(16))
                .data("notBefore", cert.certificate().getNotBefore().toInstant().toString())
                .data("notAfter", cert.certificate().getNotAfter().toInstant().toString())
                .data("issuer", cert.certificate().getIssuerX500Principal().getName())
                .artifact(pem(MeshCast.possessive(holder) + " certificate", cert.certificate()));
        event = replaces == null ? event.gives(holder, credential) : event.rotates(holder, replaces, credential);
        if (MESH_CA.equals(issuer)) {
            current.put(holder, cert);
        }
        credentialIds.put(holder, credentialId);
        return event.emit();
    }

    private static Artifact pem(String label, X509Certificate certificate) {
        return new Artifact(Artifact.PEM_CERTIFICATE, label, Pem.of(certificate));
    }
}
