package dev.trustflow.sim.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.Test;

class MessageEncryptionTest {

    private static final byte[] ORDER = "PAY $100 FROM ACCT-1001".getBytes(StandardCharsets.UTF_8);
    private final SecureRandom random = new SecureRandom();
    private final SecretKey key = MessageEncryption.newAesKey(random);

    @Test
    void ctrHidesTheOrderAndRoundTrips() {
        byte[] iv = MessageEncryption.nonce(random, MessageEncryption.CTR_IV_BYTES);
        byte[] ciphertext = MessageEncryption.ctrEncrypt(key, iv, ORDER);
        assertThat(ciphertext).hasSameSizeAs(ORDER).isNotEqualTo(ORDER);
        assertThat(MessageEncryption.ctrDecrypt(key, iv, ciphertext)).isEqualTo(ORDER);
    }

    @Test
    void aCtrBitFlipChangesThePlaintextAtTheSamePositionAndNothingNotices() {
        byte[] iv = MessageEncryption.nonce(random, MessageEncryption.CTR_IV_BYTES);
        byte[] ciphertext = MessageEncryption.ctrEncrypt(key, iv, ORDER);
        ciphertext[5] ^= (byte) ('1' ^ '9');
        assertThat(new String(MessageEncryption.ctrDecrypt(key, iv, ciphertext), StandardCharsets.UTF_8))
                .isEqualTo("PAY $900 FROM ACCT-1001");
    }

    @Test
    void gcmOpensWhatItSealed() {
        byte[] nonce = MessageEncryption.nonce(random, MessageEncryption.GCM_NONCE_BYTES);
        MessageEncryption.Opened opened = MessageEncryption.gcmOpen(key, nonce, MessageEncryption.gcmSeal(key, nonce, ORDER));
        assertThat(opened.check().passed()).isTrue();
        assertThat(opened.check().check()).isEqualTo("aead.tag");
        assertThat(opened.plaintext()).hasValue(ORDER);
    }

    @Test
    void aGcmBitFlipFailsTheTagBecauseTheJdkThrowsAeadBadTagException() throws Exception {
        byte[] nonce = MessageEncryption.nonce(random, MessageEncryption.GCM_NONCE_BYTES);
        byte[] sealed = MessageEncryption.gcmSeal(key, nonce, ORDER);
        assertThat(sealed).hasSize(ORDER.length + 16);
        sealed[5] ^= (byte) ('1' ^ '9');
        MessageEncryption.Opened opened = MessageEncryption.gcmOpen(key, nonce, sealed);
        assertThat(opened.check().passed()).isFalse();
        assertThat(opened.check().reason()).contains("AEADBadTagException");
        assertThat(opened.plaintext()).isEmpty();
        // The same bytes straight through the JDK: the exception the check reports is the JDK's own.
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        assertThatThrownBy(() -> cipher.doFinal(sealed)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void gcmWithAnotherKeyFailsTheTagToo() {
        byte[] nonce = MessageEncryption.nonce(random, MessageEncryption.GCM_NONCE_BYTES);
        byte[] sealed = MessageEncryption.gcmSeal(key, nonce, ORDER);
        assertThat(MessageEncryption.gcmOpen(MessageEncryption.newAesKey(random), nonce, sealed).check().passed())
                .isFalse();
    }
}
