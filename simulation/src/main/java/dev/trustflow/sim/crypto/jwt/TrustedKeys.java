package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;

/** Finds the trusted key a token names and says whether an algorithm fits it. Keys come only from the JWKS. */
final class TrustedKeys {

    private TrustedKeys() {
    }

    /** The key the token's kid names; without a kid, the JWKS's only key; otherwise null. */
    static JWK forToken(ParsedJwt jwt, JWKSet keys) {
        String kid = jwt.kid();
        if (kid == null) {
            return keys.getKeys().size() == 1 ? keys.getKeys().get(0) : null;
        }
        return kid.isEmpty() ? null : keys.getKeyByKeyId(kid);
    }

    static boolean fits(JWSAlgorithm alg, JWK key) {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            return key instanceof OctetSequenceKey;
        }
        if (JWSAlgorithm.Family.RSA.contains(alg)) {
            return key instanceof RSAKey;
        }
        if (JWSAlgorithm.Family.EC.contains(alg)) {
            return key instanceof ECKey ec && Curve.forJWSAlgorithm(alg).contains(ec.getCurve());
        }
        if (JWSAlgorithm.Family.ED.contains(alg)) {
            return key instanceof OctetKeyPair;
        }
        return false;
    }

    static boolean isPublicKey(JWK key) {
        return key instanceof RSAKey || key instanceof ECKey || key instanceof OctetKeyPair;
    }

    /** "key 'kid' (EC P-256)", "key 'kid' (RSA 2048-bit public key)", "the key without kid (HMAC secret)". */
    static String describe(JWK key) {
        String kid = key.getKeyID() == null ? "the key without kid" : "key '" + key.getKeyID() + "'";
        if (key instanceof ECKey ec) {
            return kid + " (EC " + ec.getCurve() + ")";
        }
        if (key instanceof RSAKey) {
            return kid + " (RSA " + key.size() + "-bit public key)";
        }
        if (key instanceof OctetSequenceKey) {
            return kid + " (HMAC secret)";
        }
        return kid + " (" + key.getKeyType() + ")";
    }

    /** Attacker-controlled text, quoted and cut short so it cannot flood a reason. */
    static String quote(String untrusted) {
        String s = untrusted.length() > 60 ? untrusted.substring(0, 60) + "..." : untrusted;
        return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
