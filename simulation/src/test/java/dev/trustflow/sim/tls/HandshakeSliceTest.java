package dev.trustflow.sim.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A handshake message's slice of a real recording: its records, and the secrets whose keys really protect them. */
class HandshakeSliceTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private final SecureRandom random = new SecureRandom();
    private final CertificateMinter minter = new CertificateMinter(random, new Random(11));
    private final CaHierarchy web = CaHierarchy.create("Web", minter, NINE.minus(DAY), Duration.ofDays(365));
    private final IssuedCertificate bank = web.issue(LeafProfile.server(NINE, DAY, "bank.example"));

    private final HandshakeRecording recording = new InMemoryTlsConnection(
            TlsClientSetup.browser("bank.example", List.of(web.root())), TlsServerSetup.serverAuthOnly(bank), NINE,
            random).handshake();

    @Test
    void theClientHelloTravelsAloneInTheClearAndOnlyTheServerHasKeysOnceItIsHandled() {
        HandshakeSlice hello = HandshakeSlice.of(recording, 0);

        assertThat(hello.message()).isEqualTo("client_hello");
        assertThat(hello.from()).isEqualTo("client");
        assertThat(hello.records()).singleElement().satisfies(record -> {
            assertThat(record.encrypted()).isFalse();
            assertThat(record.contentType()).isEqualTo("handshake");
            assertThat(record.completes()).containsExactly("client_hello");
            assertThat(record.bytes().substring(10)).as("the record is its 5-byte header and the message")
                    .isEqualTo(hello.bytes());
        });
        assertThat(hello.keySchedule()).isNotEmpty()
                .allSatisfy(secret -> assertThat(secret.derivedBy()).containsExactly("server"));
        assertThat(hello.keySchedule()).extracting(HandshakeSlice.Secret::label)
                .contains(TrafficSecret.CLIENT_HANDSHAKE, TrafficSecret.SERVER_HANDSHAKE);
    }

    @Test
    void everyEncryptedRecordDecryptsWithTheSecretSaidToProtectItAndHoldsTheMessage() throws Exception {
        int checked = 0;
        for (int i = 0; i < recording.messages().size(); i++) {
            HandshakeSlice slice = HandshakeSlice.of(recording, i);
            assertThat(slice.records()).as(slice.message()).isNotEmpty();
            for (HandshakeSlice.Carrier carrier : slice.records()) {
                if (!carrier.encrypted()) {
                    continue;
                }
                HandshakeSlice.Secret secret = slice.keySchedule().stream()
                        .filter(s -> s.protects().startsWith(slice.from() + ":")
                                && s.protects().contains(slice.message()))
                        .findFirst().orElseThrow();
                byte[] plain = Tls13RecordDecryption.decrypt(HexFormat.of().parseHex(carrier.bytes()),
                        recording.cipherSuite(), HexFormat.of().parseHex(secret.value()),
                        sequence(carrier.index(), secret));
                assertThat(HexFormat.of().formatHex(plain)).as(slice.message() + " in record " + carrier.index())
                        .isEqualTo(slice.bytes() + "16");
                checked++;
            }
        }
        assertThat(checked).as("EncryptedExtensions, Certificate, CertificateVerify and both Finished")
                .isEqualTo(5);
    }

    @Test
    void theClientDerivesItsApplicationSecretsOnlyOnceTheServersFinishedIsHandled() {
        int finished = recording.messageFlow().indexOf("SERVER finished");

        assertThat(HandshakeSlice.of(recording, finished - 1).keySchedule())
                .filteredOn(s -> s.label().equals(TrafficSecret.CLIENT_APPLICATION))
                .singleElement().satisfies(s -> assertThat(s.derivedBy()).containsExactly("server"));
        assertThat(HandshakeSlice.of(recording, finished).keySchedule())
                .filteredOn(s -> s.label().equals(TrafficSecret.CLIENT_APPLICATION))
                .singleElement().satisfies(s -> {
                    assertThat(s.derivedBy()).containsExactly("client", "server");
                    assertThat(s.value()).isEqualTo(HexFormat.of().formatHex(
                            recording.secret(TrafficSecret.CLIENT_APPLICATION).orElseThrow().secret()));
                    assertThat(s.protects()).isEqualTo("client's application data");
                });
    }

    @Test
    void aSliceReadsBackFromItsJson() throws Exception {
        HandshakeSlice certificate = HandshakeSlice.of(recording, recording.messageFlow().indexOf("SERVER certificate"));

        assertThat(HandshakeSlice.parse(certificate.toJson())).isEqualTo(certificate);
    }

    /** The record's sequence number under {@code secret}: how many records of its side that key protected before. */
    private long sequence(int index, HandshakeSlice.Secret secret) {
        Side side = recording.records().get(index).from();
        long seq = 0;
        for (int r = 0; r < index; r++) {
            WireRecord record = recording.records().get(r);
            if (record.from() == side && record.encrypted() && recording.completedBy(r).stream()
                    .anyMatch(m -> secret.protects().contains(recording.messages().get(m).type()))) {
                seq++;
            }
        }
        return seq;
    }
}
