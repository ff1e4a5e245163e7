package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import dev.trustflow.sim.check.CheckResult;
import java.security.Provider;
import java.util.Set;

/**
 * {@code jwt.signature}: the real nimbus verifier for the trusted key, never a key or algorithm the token
 * chose. EC verification runs on the BouncyCastle provider (faster than SunEC).
 */
final class SignatureCheck {

    static final String ID = "jwt.signature";

    private SignatureCheck() {
    }

    static CheckResult verify(ParsedJwt jwt, JWKSet keys) {
        if (!(jwt.header() instanceof JWSHeader header)) {
            return CheckResult.fail(ID, "the token is unsigned (alg 'none'): there is no signature to verify");
        }
        if (header.getAlgorithm().getName().equalsIgnoreCase("none")) {
            return CheckResult.fail(ID, "the token declares itself unsigned (alg "
                    + TrustedKeys.quote(header.getAlgorithm().getName()) + "): nothing was verified");
        }
        if (jwt.signatureLength() == 0) {
            return CheckResult.fail(ID, "the signature part is empty: the token was stripped of its signature");
        }
        if (keys.getKeys().isEmpty()) {
            return CheckResult.fail(ID, "no keys were given, so the signature could not be checked");
        }
        JWK key = TrustedKeys.forToken(jwt, keys);
        if (key == null) {
            return CheckResult.fail(ID, "no trusted key matches the token's kid, so the signature could not be"
                    + " checked");
        }
        JWSAlgorithm alg = header.getAlgorithm();
        if (!TrustedKeys.fits(alg, key)) {
            return CheckResult.fail(ID, "refused to verify " + TrustedKeys.quote(alg.getName()) + " with "
                    + TrustedKeys.describe(key) + (JWSAlgorithm.Family.HMAC_SHA.contains(alg)
                    ? ": using a public key as an HMAC secret is algorithm confusion" : ": wrong kind of key"));
        }
        if (key instanceof OctetSequenceKey oct && ShortSecretMac.tooShort(alg, oct.toByteArray())) {
            return shortSecret(jwt, alg, oct);
        }
        try {
            // crit is judged by jwt.kid; here nimbus only does the signature maths.
            Set<String> crit = header.getCriticalParams() == null ? Set.of() : header.getCriticalParams();
            boolean ok = verifierFor(key, crit).verify(header, jwt.signingInput(), jwt.signature());
            if (ok) {
                return CheckResult.pass(ID, alg.getName() + " signature verified with " + TrustedKeys.describe(key)
                        + ": header and payload are exactly what the key holder signed");
            }
            return CheckResult.fail(ID, "the " + alg.getName() + " signature does not match the header and payload"
                    + " under " + TrustedKeys.describe(key) + ": the token was altered, or signed by another key");
        } catch (JOSEException e) {
            return CheckResult.fail(ID, "the " + alg.getName() + " signature could not be checked: "
                    + PlainText.of(e.getMessage()));
        }
    }

    private static CheckResult shortSecret(ParsedJwt jwt, JWSAlgorithm alg, OctetSequenceKey key) {
        int bytes = key.toByteArray().length;
        String weak = "; but the secret is only " + bytes + " bytes, and RFC 7518 §3.2 requires at least "
                + ShortSecretMac.minimumBytes(alg) + " for " + alg.getName() + ": anyone holding one token can"
                + " guess a secret that short offline, and a strict verifier refuses to use it";
        try {
            boolean ok = ShortSecretMac.verify(alg, key.toByteArray(), jwt.signingInput(), jwt.signature().decode());
            return ok ? CheckResult.pass(ID, alg.getName() + " signature verified with " + TrustedKeys.describe(key)
                    + weak) : CheckResult.fail(ID, "the " + alg.getName() + " signature does not match under "
                    + TrustedKeys.describe(key) + weak);
        } catch (java.security.GeneralSecurityException e) {
            return CheckResult.fail(ID, "the " + alg.getName() + " signature could not be checked: "
                    + PlainText.of(e.getMessage()));
        }
    }

    static JWSVerifier verifierFor(JWK key, Set<String> deferredCrit) throws JOSEException {
        if (key instanceof ECKey ec) {
            Provider bc = BouncyCastleProviderSingleton.getInstance();
            ECDSAVerifier verifier = new ECDSAVerifier(ec.toECPublicKey(), deferredCrit);
            verifier.getJCAContext().setProvider(bc);
            return verifier;
        }
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toRSAPublicKey(), deferredCrit);
        }
        if (key instanceof OctetSequenceKey oct) {
            return new MACVerifier(oct, deferredCrit);
        }
        throw new JOSEException("no verifier for key type " + key.getKeyType());
    }
}
