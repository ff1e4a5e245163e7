package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.pki.KeyPurpose;
import dev.trustflow.sim.crypto.pki.PathValidation;
import dev.trustflow.sim.crypto.pki.PathValidator;
import dev.trustflow.sim.crypto.pki.PeerName;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The vault's certificate login: the workload presents its certificate chain and signs the login request with
 * its private key. The vault validates the chain with PKIX at the virtual time for the SPIFFE ID the role is
 * bound to ({@code pki.path}), then verifies the ECDSA signature with the leaf's public key
 * ({@code vault.key-proof}): a copied certificate alone does not log in.
 */
public final class WorkloadLogin {

    /** The check id of the proof that the caller holds the certificate's private key. */
    public static final String KEY_PROOF = "vault.key-proof";
    private static final String ALGORITHM = "SHA256withECDSA";

    private final PathValidator validator = new PathValidator();
    private final Collection<X509Certificate> trustedRoots;

    public WorkloadLogin(Collection<X509Certificate> trustedRoots) {
        this.trustedRoots = List.copyOf(trustedRoots);
    }

    /** The bytes a login signs: the role and the time of the request. */
    public static byte[] challenge(String role, Instant at) {
        return ("vault-login:" + role + ":" + at).getBytes(StandardCharsets.UTF_8);
    }

    /** The workload's signature of {@code challenge} with its certificate's private key. */
    public static byte[] sign(PrivateKey key, byte[] challenge, SecureRandom random) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key, random);
            signer.update(challenge);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA signing is unavailable: " + e.getMessage(), e);
        }
    }

    /** The checks of one login, in order; the first failure ends the list. */
    public List<CheckResult> verify(List<X509Certificate> chain, byte[] challenge, byte[] signature,
                                    SpiffeId boundTo, Instant at) {
        List<CheckResult> checks = new ArrayList<>();
        PathValidation path = validator.validate(chain, trustedRoots, at, PeerName.spiffe(boundTo),
                KeyPurpose.CLIENT_AUTH);
        checks.add(path.toCheck());
        if (!path.isValid()) {
            return checks;
        }
        checks.add(keyProof(chain.get(0), challenge, signature));
        return checks;
    }

    private static CheckResult keyProof(X509Certificate leaf, byte[] challenge, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(leaf.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature)
                    ? CheckResult.pass(KEY_PROOF, "the login request's ECDSA signature verifies with the "
                    + "certificate's public key: the caller holds its private key")
                    : CheckResult.fail(KEY_PROOF, "the login request's signature does not verify with the "
                    + "certificate's public key");
        } catch (java.security.SignatureException e) {
            return CheckResult.fail(KEY_PROOF, "the login request's signature is malformed: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA verification is unavailable: " + e.getMessage(), e);
        }
    }
}
