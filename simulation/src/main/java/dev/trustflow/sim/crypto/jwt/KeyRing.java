package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signing keys of one run, by name; each key's {@code kid} is its name. Create one per run.
 *
 * <ul>
 *   <li>ES256: a fresh EC P-256 key pair per ring, generated with the BouncyCastle provider (faster than SunEC).</li>
 *   <li>RS256: RSA 2048 costs about 100 ms to generate, so RSA key pairs come from the {@link RsaKeyCache} the
 *       ring is given: two rings with one cache asking for the same name get the same key pair (a run service
 *       passes its cache to every run; a ring made with {@code new KeyRing()} has a cache of its own).</li>
 *   <li>HS256: 32 random bytes from SecureRandom per ring; never published.</li>
 * </ul>
 */
public final class KeyRing {

    private final RsaKeyCache rsaCache;
    private final Map<String, JWK> keys = new LinkedHashMap<>();

    /** A ring whose RSA keys come from {@code rsaCache}. */
    public KeyRing(RsaKeyCache rsaCache) {
        this.rsaCache = java.util.Objects.requireNonNull(rsaCache, "rsaCache");
    }

    /** A ring with fresh keys of every kind (its own RSA cache). */
    public KeyRing() {
        this(new RsaKeyCache());
    }

    /** The ES256 key called {@code name}, generated on first use. */
    public synchronized ECKey es256(String name) {
        JWK existing = existing(name, ECKey.class);
        if (existing != null) {
            return (ECKey) existing;
        }
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .provider(BouncyCastleProviderSingleton.getInstance())
                    .keyID(name).algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE)
                    .generate();
            keys.put(name, key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("EC P-256 key generation failed: " + e.getMessage(), e);
        }
    }

    /** The RS256 key called {@code name}: taken from this ring's {@link RsaKeyCache}, generated there on first use. */
    public synchronized RSAKey rs256(String name) {
        JWK existing = existing(name, RSAKey.class);
        if (existing != null) {
            return (RSAKey) existing;
        }
        RSAKey key = rsaCache.get(name);
        keys.put(name, key);
        return key;
    }

    /** The HS256 shared secret called {@code name} (32 random bytes), generated on first use. */
    public synchronized OctetSequenceKey hs256(String name) {
        JWK existing = existing(name, OctetSequenceKey.class);
        if (existing != null) {
            return (OctetSequenceKey) existing;
        }
        try {
            OctetSequenceKey key = new OctetSequenceKeyGenerator(256)
                    .keyID(name).algorithm(JWSAlgorithm.HS256).keyUse(KeyUse.SIGNATURE)
                    .generate();
            keys.put(name, key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("HMAC secret generation failed: " + e.getMessage(), e);
        }
    }

    /** The key called {@code name} (private parts included), if this ring made it. */
    public synchronized Optional<JWK> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** The published keys: public halves of every EC and RSA key in this ring, in creation order. */
    public synchronized JWKSet jwks() {
        List<JWK> published = new ArrayList<>();
        for (JWK key : keys.values()) {
            if (!(key instanceof OctetSequenceKey)) {
                published.add(key.toPublicJWK());
            }
        }
        return new JWKSet(published);
    }

    /** The HMAC secrets, for the parties that share them (never published). */
    public synchronized JWKSet secrets() {
        return new JWKSet(keys.values().stream().filter(k -> k instanceof OctetSequenceKey).toList());
    }

    private JWK existing(String name, Class<? extends JWK> type) {
        JWK key = keys.get(name);
        if (key != null && !type.isInstance(key)) {
            throw new IllegalArgumentException("key '" + name + "' already exists as " + key.getKeyType());
        }
        return key;
    }
}
