package dev.trustflow.sim.crypto.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each refusal comes from the JDK's PKIX validator at virtual time, for the reason the lesson names. */
class PathValidatorTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    private final CertificateMinter minter = new CertificateMinter(new SecureRandom(), new Random(42));
    private final CaHierarchy bank = CaHierarchy.create("Bank", minter, NINE.minus(DAY), Duration.ofDays(365));
    private final PathValidator validator = new PathValidator();

    @Test
    void aServerCertificateFromTheHierarchyIsAcceptedForItsName() {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE, DAY, "bank.example", "www.bank.example"));

        PathValidation result = validate(server, NINE, PeerName.dns("www.bank.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.isValid()).as(result.reason()).isTrue();
        assertThat(result.toCheck().passed()).isTrue();
        assertThat(server.chain()).containsExactly(server.certificate(), bank.intermediate());
    }

    @Test
    void aCertificateValidAtNineIsRefusedAsExpiredTwentyFiveVirtualHoursLater() {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE, DAY, "bank.example"));

        PathValidation later = validate(server, NINE.plus(Duration.ofHours(25)), PeerName.dns("bank.example"),
                KeyPurpose.SERVER_AUTH);

        assertThat(validate(server, NINE, PeerName.dns("bank.example"), KeyPurpose.SERVER_AUTH).isValid()).isTrue();
        assertThat(later.failure()).isEqualTo(PathFailure.EXPIRED);
        assertThat(later.failingIndex()).isZero();
        assertThat(later.failingSubject()).contains("CN=bank.example");
        assertThat(later.reason()).contains("EXPIRED").contains("validity check failed");
    }

    @Test
    void anExpiredIntermediateIsNamedAsTheFailingCertificate() {
        CaHierarchy shortLived = CaHierarchy.create("Short", minter, NINE, DAY);
        IssuedCertificate server = shortLived.issue(LeafProfile.server(NINE, Duration.ofDays(30), "api.example"));

        PathValidation result = new PathValidator().validate(server.chain(), List.of(shortLived.root()),
                NINE.plus(Duration.ofDays(2)), PeerName.dns("api.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.EXPIRED);
        assertThat(result.failingIndex()).isEqualTo(1);
        assertThat(result.failingSubject()).contains("CN=Short Issuing CA");
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE.plus(DAY), DAY, "bank.example"));

        PathValidation result = validate(server, NINE, PeerName.dns("bank.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.NOT_YET_VALID);
        assertThat(result.reason()).contains("NOT_YET_VALID");
    }

    @Test
    void aChainFromAnotherCaIsRefusedAsUnknownCa() {
        CaHierarchy mallory = CaHierarchy.create("Mallory", minter, NINE.minus(DAY), Duration.ofDays(365));
        IssuedCertificate forged = mallory.issue(LeafProfile.server(NINE, DAY, "bank.example"));

        PathValidation result = validate(forged, NINE, PeerName.dns("bank.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.UNKNOWN_CA);
        assertThat(result.reason()).contains("NO_TRUST_ANCHOR").contains("CN=Mallory Root CA");
        assertThat(result.failingSubject()).contains("CN=Mallory Issuing CA");
    }

    @Test
    void aSelfSignedServerCertificateIsRefusedAsUnknownCa() {
        IssuedCertificate selfSigned = minter.selfSigned(LeafProfile.server(NINE, DAY, "bank.example"));

        PathValidation result = validate(selfSigned, NINE, PeerName.dns("bank.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.UNKNOWN_CA);
        assertThat(result.failingIndex()).isZero();
    }

    @Test
    void anEmptyTrustStoreKnowsNoCa() {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE, DAY, "bank.example"));

        PathValidation result = validator.validate(server.chain(), List.of(), NINE, PeerName.dns("bank.example"),
                KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.UNKNOWN_CA);
    }

    @Test
    void aHostNameOutsideTheSubjectAltNamesIsANameMismatch() {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE, DAY, "bank.example"));

        PathValidation result = validate(server, NINE, PeerName.dns("bank-login.example"), KeyPurpose.SERVER_AUTH);

        assertThat(result.failure()).isEqualTo(PathFailure.NAME_MISMATCH);
        assertThat(result.failingIndex()).isZero();
        assertThat(result.reason()).contains("target certificate constraints check failed")
                .contains("[DNS:bank.example]").contains("DNS:bank-login.example");
    }

    @Test
    void aClientOnlyWorkloadCertificateIsRefusedForServing() {
        SpiffeId orders = SpiffeId.of("shop", "orders");
        IssuedCertificate clientOnly = bank.issue(LeafProfile.workload(orders, Set.of(KeyPurpose.CLIENT_AUTH), NINE,
                DAY));

        PathValidation asServer = validate(clientOnly, NINE, PeerName.spiffe(orders), KeyPurpose.SERVER_AUTH);
        PathValidation asClient = validate(clientOnly, NINE, PeerName.spiffe(orders), KeyPurpose.CLIENT_AUTH);

        assertThat(asServer.failure()).isEqualTo(PathFailure.WRONG_KEY_PURPOSE);
        assertThat(asServer.reason()).contains("[clientAuth]").contains("does not allow serverAuth");
        assertThat(asClient.isValid()).as(asClient.reason()).isTrue();
    }

    @Test
    void aWorkloadIsKnownByItsSpiffeUriAndNotByAnotherOne() {
        SpiffeId orders = SpiffeId.of("shop", "orders");
        IssuedCertificate workload = bank.issue(LeafProfile.workload(orders, NINE, Duration.ofHours(1)));

        assertThat(orders.toString()).isEqualTo("spiffe://trustflow.demo/ns/shop/sa/orders");
        assertThat(validate(workload, NINE, PeerName.spiffe(orders), KeyPurpose.CLIENT_AUTH).isValid()).isTrue();
        assertThat(validate(workload, NINE, PeerName.spiffe(SpiffeId.of("shop", "payments")),
                KeyPurpose.CLIENT_AUTH).failure()).isEqualTo(PathFailure.NAME_MISMATCH);
    }

    @Test
    void theHierarchyCarriesTheProfileOfACaAndOfALeaf() throws Exception {
        IssuedCertificate server = bank.issue(LeafProfile.server(NINE, DAY, "bank.example"));
        X509Certificate intermediate = bank.intermediate();
        X509Certificate leaf = server.certificate();

        assertThat(bank.root().getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(intermediate.getBasicConstraints()).isZero();
        assertThat(intermediate.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(intermediate.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(KeyPurpose.SERVER_AUTH.oid());
        assertThat(leaf.getNotAfter().toInstant()).isEqualTo(NINE.plus(DAY));
        assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(Pem.of(leaf)).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void serialNumbersFollowTheSeed() {
        CaHierarchy a = CaHierarchy.create("A", new CertificateMinter(new SecureRandom(), new Random(7)), NINE, DAY);
        CaHierarchy b = CaHierarchy.create("A", new CertificateMinter(new SecureRandom(), new Random(7)), NINE, DAY);

        assertThat(a.root().getSerialNumber()).isEqualTo(b.root().getSerialNumber());
        assertThat(a.root().getPublicKey()).isNotEqualTo(b.root().getPublicKey());
    }

    private PathValidation validate(IssuedCertificate presented, Instant at, PeerName name, KeyPurpose purpose) {
        return validator.validate(presented.chain(), List.of(bank.root()), at, name, purpose);
    }
}
