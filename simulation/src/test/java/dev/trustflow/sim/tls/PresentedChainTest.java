package dev.trustflow.sim.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.PeerName;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chain each side presented, read back from the Certificate messages of a real handshake. */
class PresentedChainTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private static final SpiffeId ORDERS = SpiffeId.of("shop", "orders");
    private static final SpiffeId PAYMENTS = SpiffeId.of("shop", "payments");

    private final SecureRandom random = new SecureRandom();
    private final CaHierarchy mesh = CaHierarchy.create("Mesh", new CertificateMinter(random, new Random(5)),
            NINE.minus(Duration.ofDays(1)), Duration.ofDays(30));
    private final IssuedCertificate payments = mesh.issue(LeafProfile.workload(PAYMENTS, NINE, Duration.ofHours(1)));

    private HandshakeRecording connect(IssuedCertificate client) {
        return new InMemoryTlsConnection(TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()),
                client), TlsServerSetup.mutual(payments, ClientAuth.OPTIONAL, List.of(mesh.root())), NINE, random)
                .handshake();
    }

    @Test
    void bothSidesChainsAreReadBackAsTheyWereIssued() {
        IssuedCertificate orders = mesh.issue(LeafProfile.workload(ORDERS, NINE, Duration.ofHours(1)));

        HandshakeRecording recording = connect(orders);

        assertThat(recording.established()).isTrue();
        assertThat(PresentedChain.of(recording, Side.CLIENT)).containsExactlyElementsOf(orders.chain());
        assertThat(PresentedChain.of(recording, Side.SERVER)).containsExactlyElementsOf(payments.chain());
    }

    @Test
    void anEmptyCertificateMessageIsAnEmptyChain() {
        HandshakeRecording recording = connect(null);

        assertThat(recording.established()).isTrue();
        assertThat(recording.message(Side.CLIENT, "certificate")).isPresent();
        assertThat(PresentedChain.of(recording, Side.CLIENT)).isEmpty();
    }
}
