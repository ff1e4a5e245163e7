package dev.trustflow.sim.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EnvelopeKeysTest {

    private final SecureRandom random = new SecureRandom();
    private final EnvelopeKeys keys = new EnvelopeKeys(random);

    private SealedRecord seal(String id, String text) {
        return EnvelopeCipher.seal(id, text, keys.newDataKey(id), random);
    }

    @Test
    void oldRecordsStillOpenAfterTheKekIsRotatedAndNewOnesAreWrappedByTheNewKek() {
        SealedRecord old = seal("r-1", "Alice");
        String next = keys.rotateKek();
        SealedRecord fresh = seal("r-2", "Bob");

        assertThat(next).isEqualTo("kek-2");
        assertThat(keys.kekOf("r-1")).contains("kek-1");
        assertThat(keys.kekOf("r-2")).contains("kek-2");
        EnvelopeKeys.Lookup oldKey = keys.dataKey("r-1");
        assertThat(oldKey.check().passed()).isTrue();
        assertThat(oldKey.kekId()).contains("kek-1");
        assertThat(EnvelopeCipher.open(old, oldKey.key().orElseThrow()).plaintext()).contains("Alice");
        assertThat(EnvelopeCipher.open(fresh, keys.dataKey("r-2").key().orElseThrow()).plaintext()).contains("Bob");
    }

    @Test
    void aShreddedRecordCannotBeOpenedByAnyKeyTheVaultStillHolds() {
        SealedRecord gone = seal("r-1", "Alice");
        seal("r-2", "Bob");
        keys.rotateKek();

        assertThat(keys.shred("r-1")).isTrue();

        EnvelopeKeys.Lookup lookup = keys.dataKey("r-1");
        assertThat(lookup.check().passed()).isFalse();
        assertThat(lookup.check().check()).isEqualTo(EnvelopeKeys.UNWRAP);
        List<SecretKey> left = keys.keysLeft();
        assertThat(left).hasSize(3);
        EnvelopeCipher.Opened attempt = EnvelopeCipher.openWithout(gone, left);
        assertThat(attempt.check().passed()).isFalse();
        assertThat(attempt.check().check()).isEqualTo(EnvelopeCipher.TAG);
        assertThat(attempt.plaintext()).isEmpty();
    }

    @Test
    void aRecordOpensOnlyWithItsOwnKeyAndUnderItsOwnId() {
        SealedRecord first = seal("r-1", "Alice");
        seal("r-2", "Bob");
        SecretKey otherKey = keys.dataKey("r-2").key().orElseThrow();
        SealedRecord moved = new SealedRecord("r-2", first.nonce(), first.ciphertext());

        assertThat(EnvelopeCipher.open(first, otherKey).check().passed()).isFalse();
        assertThat(EnvelopeCipher.open(moved, keys.dataKey("r-1").key().orElseThrow()).check().passed()).isFalse();
    }

    @Test
    void theKeyTableHoldsOnlyWrappedKeysNamedByTheirKek() {
        SecretKey dataKey = keys.newDataKey("r-1");

        String dump = keys.tableDump();
        assertThat(dump).contains("r-1 | kek-1:");
        assertThat(dump).doesNotContain(java.util.Base64.getEncoder().encodeToString(dataKey.getEncoded()));
    }
}
