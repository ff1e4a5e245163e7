package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs and verifies {@link SignedRequest}s with ECDSA over P-256 and SHA-256 (JCA {@code SHA256withECDSA}).
 * Verification is the {@code sig.verify} check: the library decides, nothing is compared by hand.
 */
public final class RequestSigner {

    public static final String CHECK = "sig.verify";
    private static final String ALGORITHM = "SHA256withECDSA";

    private RequestSigner() {
    }

    /** A fresh P-256 key pair for a device or a client. */
    public static KeyPair newKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 key generation is not available", e);
        }
    }

    /** The public key as PEM ({@code BEGIN PUBLIC KEY}, X.509 SubjectPublicKeyInfo), for the inspector. */
    public static String publicKeyPem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** Signs a request; the returned record carries the base64 DER signature. */
    public static SignedRequest sign(PrivateKey key, String method, String path, Instant timestamp, String nonce,
                                     String idempotencyKey, String body) {
        String input = SignedRequest.signingInput(method, path, timestamp, nonce, idempotencyKey, body);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.UTF_8));
            String signature = Base64.getEncoder().encodeToString(signer.sign());
            return new SignedRequest(method, path, timestamp, nonce, idempotencyKey, body, signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + ALGORITHM + " failed", e);
        }
    }

    /** The {@code sig.verify} check of a request against the sender's public key. */
    public static CheckResult verify(PublicKey key, SignedRequest request) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(request.signingInput().getBytes(StandardCharsets.UTF_8));
            byte[] signature = Base64.getDecoder().decode(request.signature());
            return verifier.verify(signature)
                    ? CheckResult.pass(CHECK, "the ECDSA P-256 signature matches the request and the sender's "
                    + "public key")
                    : CheckResult.fail(CHECK, "the ECDSA P-256 signature does not match this request: something "
                    + "in it was changed after signing");
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return CheckResult.fail(CHECK, "the signature is malformed: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("verifying with " + ALGORITHM + " failed", e);
        }
    }
}
