package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.crypto.AesGcm;
import dev.trustflow.sim.crypto.EcKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.KeyAgreement;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * End-to-end encryption to a recipient's P-256 public key, ECIES-style: the sender makes a one-time key pair,
 * agrees a shared secret with the recipient's public key (JCA ECDH over the BouncyCastle provider), derives a
 * 256-bit AES key from it with HKDF-SHA256 (BouncyCastle's {@link HKDFBytesGenerator}), and seals the message
 * with AES-256-GCM. The envelope is the one-time public key (length-prefixed, X.509 encoded) followed by the
 * sealed bytes. Opening repeats the agreement with a private key: only the recipient's derives the same AES key;
 * any other P-256 key derives a different one, and the GCM tag check fails with {@link AEADBadTagException}.
 */
final class EndToEnd {

    private static final byte[] INFO = "trustflow chat e2e v1".getBytes(StandardCharsets.US_ASCII);
    private static final int AES_KEY_BYTES = 32;

    private EndToEnd() {
    }

    /** The envelope of {@code plaintext} for the holder of {@code recipient}'s private key. */
    static byte[] seal(PublicKey recipient, byte[] plaintext, SecureRandom random) {
        KeyPair oneTime = EcKeys.generateP256(random);
        byte[] ephemeral = oneTime.getPublic().getEncoded();
        SecretKey key = derive(oneTime.getPrivate(), recipient, ephemeral);
        byte[] sealed = AesGcm.sealWithNonce(key, plaintext, ephemeral, random);
        return ByteBuffer.allocate(2 + ephemeral.length + sealed.length).putShort((short) ephemeral.length)
                .put(ephemeral).put(sealed).array();
    }

    /**
     * Opens {@code envelope} with {@code privateKey}: the plaintext when it is the recipient's key,
     * {@link AEADBadTagException} when it is any other P-256 key.
     */
    static byte[] open(PrivateKey privateKey, byte[] envelope) throws AEADBadTagException {
        ByteBuffer in = ByteBuffer.wrap(envelope);
        int length = in.getShort() & 0xFFFF;
        if (length > in.remaining()) {
            throw new AEADBadTagException("not an end-to-end envelope");
        }
        byte[] ephemeral = new byte[length];
        in.get(ephemeral);
        byte[] sealed = Arrays.copyOfRange(envelope, 2 + length, envelope.length);
        SecretKey key = derive(privateKey, publicKey(ephemeral), ephemeral);
        return AesGcm.openWithNonce(key, sealed, ephemeral);
    }

    private static SecretKey derive(PrivateKey own, PublicKey other, byte[] salt) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH", EcKeys.provider());
            agreement.init(own);
            agreement.doPhase(other, true);
            byte[] shared = agreement.generateSecret();
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(new HKDFParameters(shared, salt, INFO));
            byte[] key = new byte[AES_KEY_BYTES];
            hkdf.generateBytes(key, 0, key.length);
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDH P-256 is unavailable: " + e.getMessage(), e);
        }
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance("EC", EcKeys.provider()).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a P-256 public key: " + e.getMessage(), e);
        }
    }
}
