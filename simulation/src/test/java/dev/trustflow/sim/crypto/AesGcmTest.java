package dev.trustflow.sim.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key = AesGcm.newKey(random);
    private final byte[] message = "PAY $100".getBytes(StandardCharsets.UTF_8);
    private final byte[] aad = "row-7".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealedAndAddsASixteenByteTag() throws Exception {
        byte[] nonce = AesGcm.newNonce(random);
        byte[] sealed = AesGcm.seal(key, nonce, message, aad);

        assertThat(sealed).hasSize(message.length + AesGcm.TAG_BITS / 8);
        assertThat(AesGcm.open(key, nonce, sealed, aad)).isEqualTo(message);
    }

    @Test
    void theJdkRefusesAFlippedBitAnotherKeyOrOtherAssociatedData() {
        byte[] nonce = AesGcm.newNonce(random);
        byte[] sealed = AesGcm.seal(key, nonce, message, aad);
        byte[] flipped = sealed.clone();
        flipped[0] ^= 0x01;

        assertThatThrownBy(() -> AesGcm.open(key, nonce, flipped, aad)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AesGcm.open(AesGcm.newKey(random), nonce, sealed, aad))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AesGcm.open(key, nonce, sealed, "row-8".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void theNonceTravelsInFrontWhenStoredInOnePiece() throws Exception {
        byte[] stored = AesGcm.sealWithNonce(key, message, aad, random);

        assertThat(stored).hasSize(AesGcm.NONCE_BYTES + message.length + AesGcm.TAG_BITS / 8);
        assertThat(AesGcm.openWithNonce(key, stored, aad)).isEqualTo(message);
        assertThatThrownBy(() -> AesGcm.openWithNonce(key, new byte[5], aad)).isInstanceOf(AEADBadTagException.class);
    }
}
