package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.crypto.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * Encryption at rest: the server seals each stored row with AES-256-GCM under its database key, the row's id as
 * associated data (a sealed row copied to another id does not open).
 */
final class AtRest {

    private AtRest() {
    }

    /** A fresh 256-bit AES key from the run's randomness. */
    static SecretKey newDatabaseKey(SecureRandom random) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES key generation is unavailable: " + e.getMessage(), e);
        }
    }

    static byte[] seal(SecretKey databaseKey, String rowId, byte[] value, SecureRandom random) {
        return AesGcm.sealWithNonce(databaseKey, value, aad(rowId), random);
    }

    static byte[] open(SecretKey databaseKey, String rowId, byte[] stored) throws AEADBadTagException {
        return AesGcm.openWithNonce(databaseKey, stored, aad(rowId));
    }

    private static byte[] aad(String rowId) {
        return rowId.getBytes(StandardCharsets.US_ASCII);
    }
}
