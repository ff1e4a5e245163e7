package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RSA 2048 key pairs by name, generated once and then shared by every {@link KeyRing} given this cache.
 * Generating one costs about 100 ms, far over a scenario run's budget, and no lesson depends on an RSA key being
 * fresh. Not static: whoever runs scenarios (the app's run service, the CLI, a test) owns one cache and passes it
 * on, so which runs share keys is visible in the code. {@link #generated()} says how many were made.
 */
public final class RsaKeyCache {

    private static final int RSA_BITS = 2048;

    private final Map<String, RSAKey> byName = new ConcurrentHashMap<>();

    public RSAKey get(String name) {
        return byName.computeIfAbsent(name, RsaKeyCache::generate);
    }

    /** How many key pairs this cache has generated. */
    public int generated() {
        return byName.size();
    }

    private static RSAKey generate(String name) {
        try {
            return new RSAKeyGenerator(RSA_BITS)
                    .keyID(name).algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed: " + e.getMessage(), e);
        }
    }
}
