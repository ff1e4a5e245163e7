package dev.trustflow.sim.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * EC P-256 keys from the BouncyCastle provider (several times faster than SunEC for key generation and
 * ECDSA on JDK 17). The provider is used by instance, never registered globally.
 */
public final class EcKeys {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private EcKeys() {
    }

    /** The BouncyCastle provider instance these keys come from, for signing and TLS with the same provider. */
    public static Provider provider() {
        return BOUNCY_CASTLE;
    }

    /** A fresh P-256 (secp256r1) key pair. */
    public static KeyPair generateP256() {
        return generateP256(new SecureRandom());
    }

    /** A fresh P-256 (secp256r1) key pair drawn from the given randomness (a run's {@code secure()} stream). */
    public static KeyPair generateP256(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 key generation is unavailable: " + e.getMessage(), e);
        }
    }

    /** The public key as a PEM {@code PUBLIC KEY} block (X.509 SubjectPublicKeyInfo). */
    public static String publicKeyPem(PublicKey key) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(key);
        } catch (IOException e) {
            throw new UncheckedIOException("a public key could not be written as PEM", e);
        }
        return out.toString();
    }

    /**
     * Reads a PEM {@code PUBLIC KEY} block back into a key.
     *
     * @throws IllegalArgumentException if the text holds no public key
     */
    public static PublicKey parsePublicKeyPem(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (!(object instanceof SubjectPublicKeyInfo info)) {
                throw new IllegalArgumentException("the PEM text holds no PUBLIC KEY block");
            }
            return new JcaPEMKeyConverter().setProvider(BOUNCY_CASTLE).getPublicKey(info);
        } catch (IOException e) {
            throw new IllegalArgumentException("the PEM text is not a readable public key: " + e.getMessage(), e);
        }
    }

    /** The first 8 bytes of the SHA-256 of the encoded public key, in hex: a short name for a key. */
    public static String fingerprint(PublicKey key) {
        return "SHA256:" + MessageIntegrity.shortHex(MessageIntegrity.sha256(key.getEncoded()));
    }
}
