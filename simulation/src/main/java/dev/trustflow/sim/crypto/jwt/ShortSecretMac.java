package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC verification of a token signed with a secret shorter than RFC 7518 §3.2 allows (HS256 needs at least
 * 32 bytes). nimbus refuses such a key outright; tokens signed with one exist all the same (jwt.io's sample uses
 * {@code your-256-bit-secret}, 19 bytes), and the workbench must say whether the signature matches and that the
 * secret is weak. The HMAC comes from the JDK's {@link Mac}; the comparison is constant-time.
 */
final class ShortSecretMac {

    private static final Map<JWSAlgorithm, String> JCA = Map.of(JWSAlgorithm.HS256, "HmacSHA256",
            JWSAlgorithm.HS384, "HmacSHA384", JWSAlgorithm.HS512, "HmacSHA512");
    private static final Map<JWSAlgorithm, Integer> MIN_BYTES = Map.of(JWSAlgorithm.HS256, 32,
            JWSAlgorithm.HS384, 48, JWSAlgorithm.HS512, 64);

    private ShortSecretMac() {
    }

    /** Whether {@code secret} is too short for {@code alg} under RFC 7518 §3.2. */
    static boolean tooShort(JWSAlgorithm alg, byte[] secret) {
        Integer min = MIN_BYTES.get(alg);
        return min != null && secret.length < min;
    }

    static int minimumBytes(JWSAlgorithm alg) {
        return MIN_BYTES.getOrDefault(alg, 32);
    }

    static boolean verify(JWSAlgorithm alg, byte[] secret, byte[] signingInput, byte[] signature)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance(JCA.get(alg));
        mac.init(new SecretKeySpec(secret, JCA.get(alg)));
        return MessageDigest.isEqual(mac.doFinal(signingInput), signature);
    }
}
