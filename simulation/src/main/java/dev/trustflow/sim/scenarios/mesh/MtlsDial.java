package dev.trustflow.sim.scenarios.mesh;

import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS;
import static dev.trustflow.sim.scenarios.mesh.MeshCast.PAYMENTS_ID;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.PathValidation;
import dev.trustflow.sim.crypto.pki.PeerName;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.tls.CertificateArtifacts;
import dev.trustflow.sim.tls.ClientAuth;
import dev.trustflow.sim.tls.HandshakeMessage;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.tls.InMemoryTlsConnection;
import dev.trustflow.sim.tls.PresentedChain;
import dev.trustflow.sim.tls.Side;
import dev.trustflow.sim.tls.TlsAlert;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Link;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One mutual-TLS connection from a caller to a workload (payments in lesson 14; any workload for a scenario that
 * reuses the mesh): a real TLS 1.3 handshake in memory ({@code sim.tls}) at the run's virtual time, the server
 * requiring a client certificate that chains to the mesh's root. Every handshake
 * message becomes a {@code tls.message} event; each side's certificate decision a {@code mtls.peer-trusted} check
 * where it made it; the client's proof that it holds its key a {@code mtls.key-proof} check; a refusal the
 * {@code tls.alert} the endpoint really sent.
 */
public final class MtlsDial {

    /** Check id: the peer's certificate chain is valid, now, to a trusted root, for this use. */
    public static final String PEER_TRUSTED = "mtls.peer-trusted";
    /** Check id: the peer's CertificateVerify verifies with the key in the certificate it presented. */
    public static final String KEY_PROOF = "mtls.key-proof";
    /** On a failed {@code mtls.peer-trusted}: why PKIX refused the path ({@code PathFailure}'s name). */
    static final String FAILURE = "failure";
    /** On a failed {@code mtls.peer-trusted}: the subject of the certificate PKIX refused. */
    static final String FAILING = "failing";
    /** On a failed {@code mtls.peer-trusted}: that certificate's position in the presented chain (0: the leaf). */
    static final String FAILING_INDEX = "failingIndex";

    private final Simulation sim;
    private final MeshIdentities identities;

    public MtlsDial(Simulation sim, MeshIdentities identities) {
        this.sim = sim;
        this.identities = identities;
    }

    /** Connects {@code client}, presenting {@code presented} (or no certificate), to payments. */
    DialResult dial(String client, IssuedCertificate presented, Integer cause) {
        return dial(client, PAYMENTS, PAYMENTS_ID, presented, cause);
    }

    /**
     * Connects {@code client}, presenting {@code presented} (null: no certificate), to the workload {@code server},
     * which holds its current mesh certificate for {@code serverId} and requires the client's.
     */
    public DialResult dial(String client, String server, SpiffeId serverId, IssuedCertificate presented,
                           Integer cause) {
        TlsClientSetup clientSetup = TlsClientSetup.workload(PeerName.spiffe(serverId), identities.trustBundle(),
                presented);
        TlsServerSetup serverSetup = TlsServerSetup.mutual(identities.current(server), ClientAuth.REQUIRED,
                identities.trustBundle());
        InMemoryTlsConnection connection = new InMemoryTlsConnection(clientSetup, serverSetup, sim.now(),
                sim.randomness().secure());
        sim.tlsConnections().opened(client, server, sim.now(), connection);
        HandshakeRecording recording = connection.handshake();
        int last = record(client, server, recording, cause);
        String peerId = recording.established()
                ? spiffeId(PresentedChain.of(recording, Side.CLIENT).get(0)).orElse(null) : null;
        return new DialResult(recording, last, peerId);
    }

    private int record(String client, String server, HandshakeRecording recording, Integer cause) {
        Integer previous = cause;
        Side lastSender = null;
        int failedCheck = -1;
        for (int i = 0; i < recording.messages().size(); i++) {
            HandshakeMessage m = recording.messages().get(i);
            if (m.from() != lastSender) {
                sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
                lastSender = m.from();
            }
            String sender = actor(m.from(), client, server);
            String receiver = actor(m.from().other(), client, server);
            var message = sim.event(EventKinds.TLS_MESSAGE, sender).to(receiver).cause(previous)
                    .caption(HandshakeCaptions.of(m, sender, receiver))
                    .data("message", m.type())
                    .data(m.fields())
                    .data(DataKeys.HANDSHAKE, HandshakeSlice.of(recording, i).toJson());
            if ("certificate".equals(m.type())) {
                message.artifacts(CertificateArtifacts.chain(PresentedChain.of(recording, m.from())));
            }
            previous = message.emit();
            Optional<PathValidation> decision = "certificate".equals(m.type())
                    ? recording.validationBy(m.from().other()) : Optional.empty();
            if (decision.isPresent()) {
                previous = peerTrusted(receiver, decision.get(), MeshCast.possessive(sender), previous);
                failedCheck = decision.get().isValid() ? failedCheck : previous;
            }
            if ("certificate_verify".equals(m.type()) && m.from() == Side.CLIENT) {
                Optional<CheckResult> proof = keyProof(recording, client, server);
                if (proof.isPresent()) {
                    previous = check(receiver, proof.get(), previous);
                    failedCheck = proof.get().passed() ? failedCheck : previous;
                }
            }
        }
        if (recording.failure().isPresent()) {
            TlsAlert alert = recording.failure().get();
            String raiser = actor(alert.raisedBy(), client, server);
            previous = sim.event(EventKinds.TLS_ALERT, raiser).to(actor(alert.raisedBy().other(), client, server))
                    .cause(failedCheck >= 0 ? failedCheck : previous)
                    .caption("Alert " + alert.description() + ": " + MeshCast.label(raiser) + " ends the handshake;"
                            + " the connection closes before any HTTP is sent")
                    .data("alert", alert.description())
                    .data("code", (int) alert.code())
                    .data(DataKeys.REASON, alert.message())
                    .emit();
        }
        return previous;
    }

    private int check(String actor, CheckResult result, int cause) {
        return sim.check(actor, result, cause, null);
    }

    /**
     * The certificate decision as an {@code mtls.peer-trusted} check; a refusal names the failure and, when there
     * was a certificate to refuse, the one PKIX refused (its subject, its index in the presented chain), as
     * {@code pki.path} does in lesson 13.
     */
    private int peerTrusted(String actor, PathValidation validation, String peer, int cause) {
        CheckResult result = trusted(validation, peer);
        boolean valid = validation.isValid();
        boolean named = validation.failingCertificate().isPresent();
        return sim.event(valid ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, actor).cause(cause)
                .caption((valid ? "✓ " : "✗ ") + result.check() + ": " + result.reason())
                .data(DataKeys.CHECK, result.check())
                .data(DataKeys.PASSED, valid)
                .data(DataKeys.REASON, result.reason())
                .data(FAILING, named ? validation.failingSubject() : null)
                .data(FAILING_INDEX, named ? validation.failingIndex() : null)
                .data(FAILURE, valid ? null : validation.failure().name())
                .emit();
    }

    /** A certificate decision as a check: PKIX's verdict and reason, in the endpoint's words. */
    private static CheckResult trusted(PathValidation validation, String peer) {
        return new CheckResult(PEER_TRUSTED, validation.isValid(), validation.isValid()
                ? peer + " certificate chains to the mesh root and is valid now: " + validation.reason()
                : peer + " certificate is refused (" + validation.failure() + "): " + validation.reason());
    }

    /**
     * The server's verdict on the client's CertificateVerify, as bctls reached it: a connection that got past it
     * verified it; an alert raised by the server right after it, with the client's certificate accepted, is the
     * signature failing.
     */
    private static Optional<CheckResult> keyProof(HandshakeRecording recording, String client, String server) {
        if (recording.established()) {
            return Optional.of(CheckResult.pass(KEY_PROOF, MeshCast.possessive(client) + " CertificateVerify verifies"
                    + " with the public key in its certificate: it holds the private key"));
        }
        Optional<TlsAlert> alert = recording.failure();
        boolean certificateAccepted = recording.validationBy(Side.SERVER).map(PathValidation::isValid).orElse(false);
        if (alert.isPresent() && alert.get().raisedBy() == Side.SERVER && certificateAccepted) {
            return Optional.of(CheckResult.fail(KEY_PROOF, MeshCast.possessive(client) + " CertificateVerify does not"
                    + " verify with the public key in the certificate it presented: it does not hold that key (" + MeshCast.label(server)
                    + " raised the alert " + alert.get().description() + ")"));
        }
        return Optional.empty();
    }

    private static String actor(Side side, String client, String server) {
        return side == Side.CLIENT ? client : server;
    }

    /** The SPIFFE ID a workload certificate carries as its URI subjectAltName. */
    public static Optional<String> spiffeId(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return Optional.empty();
            }
            return names.stream().filter(n -> (Integer) n.get(0) == 6).map(n -> (String) n.get(1))
                    .filter(uri -> uri.startsWith("spiffe://")).findFirst();
        } catch (CertificateParsingException e) {
            throw new IllegalStateException("a verified certificate's names cannot be read: " + e.getMessage(), e);
        }
    }
}
