package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The vault's side of envelope encryption: it makes a fresh data key per record, keeps it only wrapped by the
 * current KEK, hands it back unwrapped to an authorised caller ({@code kek.unwrap}), rotates the KEK and
 * destroys a record's key on request.
 */
public final class EnvelopeKeys {

    /** The check id of finding and unwrapping a record's data key. */
    public static final String UNWRAP = "kek.unwrap";

    /** A record's data key: the check, the key when it passed, and the KEK id that wrapped it. */
    public record Lookup(CheckResult check, Optional<SecretKey> key, Optional<String> kekId) {
    }

    private final SecureRandom random;
    private final KeyEncryptionKeys keks;
    private final DataKeyTable table = new DataKeyTable();

    public EnvelopeKeys(SecureRandom random) {
        this.random = random;
        this.keks = new KeyEncryptionKeys(random);
    }

    /** A new data key for {@code recordId}, stored wrapped by the current KEK; returns it in the clear. */
    public SecretKey newDataKey(String recordId) {
        SecretKey dataKey = EnvelopeCipher.newKey(random);
        table.put(recordId, keks.wrap(dataKey));
        return dataKey;
    }

    /** The record's data key, unwrapped by the KEK its wrapped key names. */
    public Lookup dataKey(String recordId) {
        Optional<WrappedKey> wrapped = table.find(recordId);
        if (wrapped.isEmpty()) {
            return new Lookup(CheckResult.fail(UNWRAP, "no data key for " + recordId + ": it was destroyed"),
                    Optional.empty(), Optional.empty());
        }
        String kekId = wrapped.get().kekId();
        Optional<SecretKey> key = keks.unwrap(wrapped.get());
        CheckResult check = key.isPresent()
                ? CheckResult.pass(UNWRAP, recordId + "'s data key unwraps with " + kekId
                + (kekId.equals(keks.currentId()) ? ", the current KEK" : ", an older KEK the ring keeps"))
                : CheckResult.fail(UNWRAP, recordId + "'s data key does not unwrap with " + kekId);
        return new Lookup(check, key, Optional.of(kekId));
    }

    /** The KEK id that wraps the record's data key; empty when it has none. */
    public Optional<String> kekOf(String recordId) {
        return table.find(recordId).map(WrappedKey::kekId);
    }

    /** Adds a new KEK that wraps every data key from now on; returns its id. */
    public String rotateKek() {
        return keks.rotate();
    }

    public String currentKek() {
        return keks.currentId();
    }

    /** Destroys the record's only data key; whether there was one. */
    public boolean shred(String recordId) {
        return table.delete(recordId);
    }

    /** Every key the vault still holds: each KEK and each record's unwrapped data key. */
    public List<SecretKey> keysLeft() {
        List<SecretKey> left = new ArrayList<>(keks.all());
        for (String recordId : table.recordIds()) {
            table.find(recordId).flatMap(keks::unwrap).ifPresent(left::add);
        }
        return left;
    }

    public String tableDump() {
        return table.dump();
    }
}
