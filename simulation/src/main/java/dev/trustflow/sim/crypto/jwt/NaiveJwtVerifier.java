package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A DELIBERATELY BROKEN verifier, for lessons that show what goes wrong: it trusts the algorithm the token
 * names, accepts unsigned ({@code alg: none}) tokens, keys HMAC with the server's public key PEM when the
 * token asks for HS256, and checks no claims at all (no exp, aud, iss). Each of these is a real nimbus
 * operation, so an attack that gets through really got through. Never use it to protect anything.
 */
public final class NaiveJwtVerifier {

    private final JWK serverKey;

    /** @param serverKey the server's public key (RSA or EC), the only key this verifier knows */
    public NaiveJwtVerifier(JWK serverKey) {
        this.serverKey = Objects.requireNonNull(serverKey, "serverKey").toPublicJWK();
    }

    /** Runs jwt.format, jwt.alg and jwt.signature the naive way; no claim is checked. */
    public VerificationReport verify(String compact) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(compact.strip());
        } catch (ParseException e) {
            return new VerificationReport(List.of(CheckResult.fail("jwt.format", "the token could not be parsed: "
                    + PlainText.of(e.getMessage()))));
        }
        CheckResult format = CheckResult.pass("jwt.format", "parsed as a JWT");
        String alg = jwt.getHeader().getAlgorithm().getName();
        CheckResult algCheck = CheckResult.pass("jwt.alg", "took alg " + TrustedKeys.quote(alg)
                + " from the token's own header: no allow-list");
        return new VerificationReport(List.of(format, algCheck, signature(jwt, alg)));
    }

    private CheckResult signature(JWT jwt, String alg) {
        if (jwt instanceof PlainJWT) {
            return CheckResult.pass("jwt.signature", "alg none: the token says it is unsigned, and this verifier"
                    + " accepts it with nothing to check");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            return CheckResult.fail("jwt.signature", "not a signed JWT");
        }
        try {
            boolean hmac = JWSAlgorithm.Family.HMAC_SHA.contains(signed.getHeader().getAlgorithm());
            JWSVerifier verifier = hmac
                    ? new MACVerifier(PublicKeyPem.of(serverKey).getBytes(StandardCharsets.US_ASCII))
                    : SignatureCheck.verifierFor(serverKey, Set.of());
            String how = hmac ? "HMAC keyed with the server's public key PEM (which anyone can download)"
                    : "the server's " + TrustedKeys.describe(serverKey);
            return signed.verify(verifier)
                    ? CheckResult.pass("jwt.signature", alg + " signature matches under " + how)
                    : CheckResult.fail("jwt.signature", "the " + alg + " signature does not match under " + how);
        } catch (JOSEException | IllegalStateException e) {
            return CheckResult.fail("jwt.signature", "the " + TrustedKeys.quote(alg) + " signature could not be"
                    + " checked: " + PlainText.of(e.getMessage()));
        }
    }
}
