package dev.trustflow.sim.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class MessageIntegrityTest {

    private static final byte[] MESSAGE = "Pay Carol 10 EUR".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "Pay Eve 1000 EUR".getBytes(StandardCharsets.UTF_8);

    @Test
    void sha256MatchesTheFipsTestVector() {
        assertThat(MessageIntegrity.hex(MessageIntegrity.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hmacMatchesRfc4231TestCase2() {
        SecretKey key = MessageIntegrity.hmacKey("Jefe".getBytes(StandardCharsets.US_ASCII));
        byte[] tag = MessageIntegrity.hmacSha256(key, "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(MessageIntegrity.hex(tag))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hashMatchesAnyRecomputedDigestButNotAStaleOne() {
        assertThat(MessageIntegrity.verifyHash(EDITED, MessageIntegrity.sha256(EDITED)).passed()).isTrue();
        CheckResult stale = MessageIntegrity.verifyHash(EDITED, MessageIntegrity.sha256(MESSAGE));
        assertThat(stale.passed()).isFalse();
        assertThat(stale.check()).isEqualTo("hash.match");
        assertThat(stale.reason()).contains("changed after the digest was computed");
    }

    @Test
    void hmacVerifiesOnlyWithTheSameKeyAndMessage() {
        SecretKey shared = MessageIntegrity.newHmacKey();
        byte[] tag = MessageIntegrity.hmacSha256(shared, MESSAGE);
        SecretKey bobsCopy = MessageIntegrity.hmacKey(shared.getEncoded());
        assertThat(MessageIntegrity.verifyHmac(bobsCopy, MESSAGE, tag).passed()).isTrue();

        CheckResult edited = MessageIntegrity.verifyHmac(bobsCopy, EDITED, tag);
        assertThat(edited.passed()).isFalse();
        assertThat(edited.check()).isEqualTo("hmac.verify");

        byte[] forgedWithOtherKey = MessageIntegrity.hmacSha256(MessageIntegrity.newHmacKey(), EDITED);
        assertThat(MessageIntegrity.verifyHmac(bobsCopy, EDITED, forgedWithOtherKey).passed()).isFalse();
    }

    @Test
    void signatureVerifiesWithThePublicKeyReadBackFromPem() {
        KeyPair alice = EcKeys.generateP256();
        byte[] signature = MessageIntegrity.sign(alice.getPrivate(), MESSAGE);
        String pem = EcKeys.publicKeyPem(alice.getPublic());
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");

        CheckResult ok = MessageIntegrity.verifySignature(EcKeys.parsePublicKeyPem(pem), MESSAGE, signature);
        assertThat(ok.passed()).isTrue();
        assertThat(ok.check()).isEqualTo("sig.verify");

        assertThat(MessageIntegrity.verifySignature(alice.getPublic(), EDITED, signature).passed()).isFalse();
        byte[] otherSigner = MessageIntegrity.sign(EcKeys.generateP256().getPrivate(), MESSAGE);
        assertThat(MessageIntegrity.verifySignature(alice.getPublic(), MESSAGE, otherSigner).passed()).isFalse();
    }

    @Test
    void aGarbledSignatureIsAFailureNotAnException() {
        KeyPair alice = EcKeys.generateP256();
        CheckResult garbled = MessageIntegrity.verifySignature(alice.getPublic(), MESSAGE,
                HexFormat.of().parseHex("30020100"));
        assertThat(garbled.passed()).isFalse();
        assertThat(garbled.check()).isEqualTo("sig.verify");
    }

    @Test
    void nonPemTextIsRejectedWithAMessage() {
        assertThatThrownBy(() -> EcKeys.parsePublicKeyPem("hello"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PUBLIC KEY");
    }
}
