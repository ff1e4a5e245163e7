package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies a compact JWT against trusted keys and a {@link JwtPolicy}, and reports EVERY check, in this
 * order: jwt.format, jwt.alg, jwt.kid, jwt.signature, jwt.typ, jwt.iss, jwt.aud, jwt.exp, jwt.nbf,
 * jwt.claims. The claim checks still run after a signature failure (on claims that are then untrusted)
 * so the report is complete; the token is valid only when all pass. Keys come only from the JWKS given:
 * the token's own {@code jwk}, {@code jku}, {@code x5u} and {@code x5c} are never trusted nor fetched.
 */
public final class JwtVerifier {

    /** Every check id, in the order the report lists them. */
    public static final List<String> CHECK_ORDER = List.of("jwt.format", HeaderChecks.ALG, HeaderChecks.KID,
            SignatureCheck.ID, "jwt.typ", "jwt.iss", "jwt.aud", "jwt.exp", "jwt.nbf", "jwt.claims");

    private static final String UNTRUSTED = " (read from untrusted claims: an earlier check failed)";

    private final JwtPolicy policy;

    public JwtVerifier(JwtPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public JwtPolicy policy() {
        return policy;
    }

    /**
     * @param compact the token as received
     * @param keys    the trusted keys (public keys, or shared secrets for HS256); null or empty means none given
     * @param now     the verifier's time (virtual time in a scenario)
     */
    public VerificationReport verify(String compact, JWKSet keys, Instant now) {
        JWKSet trusted = keys == null ? new JWKSet() : keys;
        ParsedJwt jwt;
        try {
            jwt = JwtDecoder.parse(compact);
        } catch (JwtDecodeException e) {
            return JwtDecoder.parseSignedOnly(compact).map(signed -> signatureOnly(e.getMessage(), signed, trusted))
                    .orElseGet(() -> unparsable(e.getMessage()));
        }
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.pass("jwt.format", "three base64url parts: a JOSE header, a JSON claims set and a "
                + jwt.signatureLength() + "-byte signature"));
        checks.add(HeaderChecks.alg(jwt, policy, trusted));
        checks.add(HeaderChecks.kid(jwt, trusted));
        CheckResult signature = SignatureCheck.verify(jwt, trusted);
        checks.add(signature);
        boolean trustedClaims = checks.stream().allMatch(CheckResult::passed);
        List<CheckResult> claimChecks = List.of(
                ClaimChecks.typ(jwt, policy),
                ClaimChecks.iss(jwt.claims(), policy),
                ClaimChecks.aud(jwt.claims(), policy),
                ClaimChecks.exp(jwt.claims(), policy, now),
                ClaimChecks.nbf(jwt.claims(), policy, now),
                ClaimChecks.required(jwt.claims(), policy));
        for (CheckResult c : claimChecks) {
            checks.add(trustedClaims || !c.passed() ? c : CheckResult.pass(c.check(), c.reason() + UNTRUSTED));
        }
        return new VerificationReport(checks);
    }

    /** A JWS whose payload is not a claims set: the format fails, and the signature is still really checked. */
    private VerificationReport signatureOnly(String why, ParsedJwt jwt, JWKSet trusted) {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.fail("jwt.format", why + " (the header and signature are sound, so the signature is"
                + " still checked below)"));
        checks.add(HeaderChecks.alg(jwt, policy, trusted));
        checks.add(HeaderChecks.kid(jwt, trusted));
        checks.add(SignatureCheck.verify(jwt, trusted));
        for (String id : CHECK_ORDER.subList(4, CHECK_ORDER.size())) {
            checks.add(CheckResult.fail(id, "not checked: the payload is not a JSON claims set"));
        }
        return new VerificationReport(checks);
    }

    private static VerificationReport unparsable(String why) {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.fail("jwt.format", why));
        for (String id : CHECK_ORDER.subList(1, CHECK_ORDER.size())) {
            checks.add(CheckResult.fail(id, "not checked: the token could not be decoded"));
        }
        return new VerificationReport(checks);
    }
}
