package dev.trustflow.sim.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.KeyPurpose;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.PathFailure;
import dev.trustflow.sim.crypto.pki.PeerName;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Real TLS 1.3 handshakes in memory: what succeeds, and each refusal with the alert the refusing endpoint really
 * sent and the PKIX reason behind it.
 */
class InMemoryTlsConnectionTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final SpiffeId ORDERS = SpiffeId.of("shop", "orders");
    private static final SpiffeId PAYMENTS = SpiffeId.of("shop", "payments");

    private final SecureRandom random = new SecureRandom();
    private final CertificateMinter minter = new CertificateMinter(random, new Random(11));
    private final CaHierarchy web = CaHierarchy.create("Web", minter, NINE.minus(DAY), Duration.ofDays(365));
    private final IssuedCertificate bank = web.issue(LeafProfile.server(NINE, DAY, "bank.example"));

    @Test
    void aBrowserAuthenticatesTheBankAndEveryMessageIsObserved() {
        HandshakeRecording recording = connect(TlsClientSetup.browser("bank.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(bank), NINE);

        assertThat(recording.established()).isTrue();
        assertThat(recording.failure()).isEmpty();
        assertThat(recording.messageFlow()).containsExactly("CLIENT client_hello", "SERVER server_hello",
                "SERVER encrypted_extensions", "SERVER certificate", "SERVER certificate_verify", "SERVER finished",
                "CLIENT finished");
        HandshakeMessage hello = recording.message(Side.CLIENT, "client_hello").orElseThrow();
        assertThat(hello.field("server_name")).isEqualTo("bank.example");
        assertThat(hello.field("supported_versions")).isEqualTo("TLS 1.3");
        assertThat(hello.field("cipher_suites")).contains("TLS_AES_128_GCM_SHA256");
        assertThat(hello.field("supported_groups")).contains("x25519");
        assertThat(hello.field("key_share")).startsWith("x25519 (32 bytes: ");
        assertThat(hello.field("signature_algorithms")).contains("ecdsa_secp256r1_sha256");
        assertThat(hello.field("random")).hasSize(64);
        HandshakeMessage serverHello = recording.message(Side.SERVER, "server_hello").orElseThrow();
        assertThat(serverHello.field("selected_version")).isEqualTo("TLS 1.3");
        assertThat(serverHello.field("key_share")).startsWith("x25519");
        assertThat(recording.cipherSuite()).isEqualTo(serverHello.field("cipher_suite")).startsWith("TLS_");
        assertThat(recording.message(Side.SERVER, "certificate").orElseThrow().field("subjects"))
                .contains("CN=bank.example").contains("CN=Web Issuing CA");
        assertThat(recording.message(Side.SERVER, "certificate_verify").orElseThrow().field("algorithm"))
                .isEqualTo("ecdsa_secp256r1_sha256");
        assertThat(recording.validationBy(Side.CLIENT).orElseThrow().isValid()).isTrue();
    }

    @Test
    void theHelloesTravelInTheClearAndEverythingAfterThemEncrypted() {
        InMemoryTlsConnection connection = new InMemoryTlsConnection(
                TlsClientSetup.browser("bank.example", List.of(web.root())), TlsServerSetup.serverAuthOnly(bank),
                NINE, random);
        connection.handshake();
        byte[] request = "GET /balance HTTP/1.1".getBytes(StandardCharsets.US_ASCII);

        byte[] received = connection.send(Side.CLIENT, request);
        HandshakeRecording recording = connection.recording();

        assertThat(received).isEqualTo(request);
        List<WireRecord> records = recording.records();
        assertThat(records.get(0).from()).isEqualTo(Side.CLIENT);
        assertThat(records.get(0).contentType()).isEqualTo("handshake");
        assertThat(records.get(0).encrypted()).isFalse();
        assertThat(records).filteredOn(r -> r.from() == Side.SERVER && !r.encrypted())
                .extracting(WireRecord::contentType).contains("handshake").doesNotContain("application_data");
        assertThat(records).filteredOn(WireRecord::encrypted).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1))
                        .doesNotContain("GET /balance").doesNotContain("bank.example"));
    }

    @Test
    void theCopiedSecretsAreTheOnesBothSidesUseAndDecryptTheServersFirstEncryptedRecord() throws Exception {
        HandshakeRecording recording = connect(TlsClientSetup.browser("bank.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(bank), NINE);

        assertThat(recording.secrets()).extracting(TrafficSecret::label).containsExactlyInAnyOrder(
                TrafficSecret.CLIENT_HANDSHAKE, TrafficSecret.SERVER_HANDSHAKE, TrafficSecret.CLIENT_APPLICATION,
                TrafficSecret.SERVER_APPLICATION, TrafficSecret.EXPORTER);
        for (TrafficSecret fromServer : recording.serverSecrets()) {
            assertThat(recording.secret(fromServer.label()).orElseThrow().secret()).as(fromServer.label())
                    .isEqualTo(fromServer.secret());
        }
        assertThat(recording.keyLog()).contains("SERVER_HANDSHAKE_TRAFFIC_SECRET "
                + recording.message(Side.CLIENT, "client_hello").orElseThrow().field("random"));

        WireRecord firstEncrypted = recording.records().stream()
                .filter(r -> r.from() == Side.SERVER && r.encrypted()).findFirst().orElseThrow();
        byte[] inner = Tls13RecordDecryption.decrypt(firstEncrypted.bytes(), recording.cipherSuite(),
                recording.secret(TrafficSecret.SERVER_HANDSHAKE).orElseThrow().secret(), 0);
        assertThat(inner[0]).as("handshake type encrypted_extensions").isEqualTo((byte) 8);
        assertThat(inner[inner.length - 1]).as("inner content type handshake").isEqualTo((byte) 22);
    }

    @Test
    void mutualTlsAuthenticatesTheOrdersWorkloadByItsSpiffeId() {
        CaHierarchy mesh = CaHierarchy.create("Mesh", minter, NINE.minus(DAY), Duration.ofDays(30));
        IssuedCertificate orders = mesh.issue(LeafProfile.workload(ORDERS, NINE, Duration.ofHours(1)));
        IssuedCertificate payments = mesh.issue(LeafProfile.workload(PAYMENTS, NINE, Duration.ofHours(1)));

        HandshakeRecording recording = connect(
                TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), orders),
                new TlsServerSetup(payments, ClientAuth.REQUIRED, List.of(mesh.root()), PeerName.spiffe(ORDERS)),
                NINE.plus(Duration.ofMinutes(30)));

        assertThat(recording.established()).isTrue();
        assertThat(recording.messageFlow()).containsExactly("CLIENT client_hello", "SERVER server_hello",
                "SERVER encrypted_extensions", "SERVER certificate_request", "SERVER certificate",
                "SERVER certificate_verify", "SERVER finished", "CLIENT certificate", "CLIENT certificate_verify",
                "CLIENT finished");
        assertThat(recording.message(Side.SERVER, "certificate_request").orElseThrow().field("signature_algorithms"))
                .contains("ecdsa_secp256r1_sha256");
        assertThat(recording.message(Side.CLIENT, "certificate").orElseThrow().field("subjects"))
                .contains("CN=orders");
        assertThat(recording.validationBy(Side.SERVER).orElseThrow().isValid()).isTrue();
        assertThat(recording.message(Side.CLIENT, "client_hello").orElseThrow().fields()).doesNotContainKey(
                "server_name");
    }

    @Test
    void aServerCertificateFromAnUntrustedCaIsRefusedWithUnknownCa() {
        CaHierarchy mallory = CaHierarchy.create("Mallory", minter, NINE.minus(DAY), Duration.ofDays(365));
        IssuedCertificate forged = mallory.issue(LeafProfile.server(NINE, DAY, "bank.example"));

        HandshakeRecording recording = connect(TlsClientSetup.browser("bank.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(forged), NINE);

        TlsAlert alert = assertRefused(recording, Side.CLIENT, "unknown_ca", PathFailure.UNKNOWN_CA);
        assertThat(alert.message()).contains("NO_TRUST_ANCHOR").contains("CN=Mallory Root CA");
        assertThat(alert.validation().failingSubject()).contains("CN=Mallory Issuing CA");
    }

    @Test
    void aSelfSignedServerCertificateIsRefusedWithUnknownCa() {
        IssuedCertificate selfSigned = minter.selfSigned(LeafProfile.server(NINE, DAY, "bank.example"));

        HandshakeRecording recording = connect(TlsClientSetup.browser("bank.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(selfSigned), NINE);

        assertRefused(recording, Side.CLIENT, "unknown_ca", PathFailure.UNKNOWN_CA);
    }

    @Test
    void aServerCertificateTwentyFiveHoursLaterIsRefusedAsExpired() {
        HandshakeRecording recording = connect(TlsClientSetup.browser("bank.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(bank), NINE.plus(Duration.ofHours(25)));

        TlsAlert alert = assertRefused(recording, Side.CLIENT, "certificate_expired", PathFailure.EXPIRED);
        assertThat(alert.message()).contains("EXPIRED");
        assertThat(alert.validation().failingIndex()).isZero();
    }

    @Test
    void aCertificateForAnotherHostIsABadCertificate() {
        HandshakeRecording recording = connect(TlsClientSetup.browser("bank-login.example", List.of(web.root())),
                TlsServerSetup.serverAuthOnly(bank), NINE);

        TlsAlert alert = assertRefused(recording, Side.CLIENT, "bad_certificate", PathFailure.NAME_MISMATCH);
        assertThat(alert.message()).contains("[DNS:bank.example]").contains("DNS:bank-login.example");
    }

    @Test
    void aClientOnlyCertificateCannotServe() {
        CaHierarchy mesh = CaHierarchy.create("Mesh", minter, NINE.minus(DAY), Duration.ofDays(30));
        IssuedCertificate clientOnly = mesh.issue(LeafProfile.workload(PAYMENTS, Set.of(KeyPurpose.CLIENT_AUTH),
                NINE, DAY));

        HandshakeRecording recording = connect(
                TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), null),
                TlsServerSetup.serverAuthOnly(clientOnly), NINE);

        assertRefused(recording, Side.CLIENT, "unsupported_certificate", PathFailure.WRONG_KEY_PURPOSE);
    }

    @Test
    void aClientWithoutACertificateIsRefusedWithCertificateRequired() {
        CaHierarchy mesh = CaHierarchy.create("Mesh", minter, NINE.minus(DAY), Duration.ofDays(30));
        IssuedCertificate payments = mesh.issue(LeafProfile.workload(PAYMENTS, NINE, DAY));

        HandshakeRecording recording = connect(
                TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), null),
                TlsServerSetup.mutual(payments, ClientAuth.REQUIRED, List.of(mesh.root())), NINE);

        assertRefused(recording, Side.SERVER, "certificate_required", PathFailure.NO_CERTIFICATE);
        assertThat(recording.message(Side.CLIENT, "certificate").orElseThrow().field("certificates")).isEqualTo("0");
    }

    @Test
    void anOptionalClientCertificateMayBeAbsent() {
        CaHierarchy mesh = CaHierarchy.create("Mesh", minter, NINE.minus(DAY), Duration.ofDays(30));
        IssuedCertificate payments = mesh.issue(LeafProfile.workload(PAYMENTS, NINE, DAY));

        HandshakeRecording recording = connect(
                TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), null),
                TlsServerSetup.mutual(payments, ClientAuth.OPTIONAL, List.of(mesh.root())), NINE);

        assertThat(recording.established()).isTrue();
        assertThat(recording.validationBy(Side.SERVER)).isEmpty();
    }

    @Test
    void aClientCertificateFromAnotherTrustDomainIsRefusedWithUnknownCa() {
        CaHierarchy mesh = CaHierarchy.create("Mesh", minter, NINE.minus(DAY), Duration.ofDays(30));
        CaHierarchy partner = CaHierarchy.create("Partner", minter, NINE.minus(DAY), Duration.ofDays(30));
        IssuedCertificate payments = mesh.issue(LeafProfile.workload(PAYMENTS, NINE, DAY));
        IssuedCertificate stranger = partner.issue(LeafProfile.workload(
                new SpiffeId("partner.example", "shop", "orders"), NINE, DAY));

        HandshakeRecording recording = connect(
                TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), stranger),
                TlsServerSetup.mutual(payments, ClientAuth.REQUIRED, List.of(mesh.root())), NINE);

        TlsAlert alert = assertRefused(recording, Side.SERVER, "unknown_ca", PathFailure.UNKNOWN_CA);
        assertThat(alert.message()).contains("CN=Partner Root CA");
    }

    private HandshakeRecording connect(TlsClientSetup client, TlsServerSetup server, Instant now) {
        return new InMemoryTlsConnection(client, server, now, random).handshake();
    }

    private static TlsAlert assertRefused(HandshakeRecording recording, Side refuser, String alertName,
                                          PathFailure reason) {
        assertThat(recording.established()).isFalse();
        TlsAlert alert = recording.failure().orElseThrow();
        assertThat(alert.raisedBy()).isEqualTo(refuser);
        assertThat(alert.description()).isEqualTo(alertName);
        assertThat(alert.received()).as("the peer received the alert").isTrue();
        assertThat(alert.pathValidation()).hasValueSatisfying(v -> assertThat(v.failure()).isEqualTo(reason));
        assertThat(alert.message()).startsWith(alertName + "(" + alert.code() + "); ")
                .endsWith(alert.validation().reason());
        assertThat(recording.records().get(recording.records().size() - 1).from()).isEqualTo(refuser);
        return alert;
    }
}
