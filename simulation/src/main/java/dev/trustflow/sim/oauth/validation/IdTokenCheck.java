package dev.trustflow.sim.oauth.validation;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A relying party's check of an ID token before it logs someone in (OIDC Core section 3.1.3.7): the JWT
 * verification (signature, issuer, expiry), then that it really is an ID token ({@code oidc.token-type}: not
 * an RFC 9068 {@code at+jwt} access token), that it was minted for this app ({@code oidc.aud}, with
 * {@code azp}) and for this login attempt ({@code oidc.nonce}, when the login sent one). Each of the three can be
 * switched off for a what-if; a check that is off is not run and not reported. An app that skips the token type
 * check accepts tokens that never carry a nonce (access tokens), so it can only compare nonces that are there.
 */
public final class IdTokenCheck {

    public static final String TOKEN_TYPE = "oidc.token-type";
    public static final String AUD = "oidc.aud";
    public static final String NONCE = "oidc.nonce";
    private static final Duration SKEW = Duration.ofSeconds(30);

    /** Which of the OIDC-specific checks this app performs. */
    public record Strictness(boolean tokenType, boolean audience, boolean nonce) {
        public static Strictness full() {
            return new Strictness(true, true, true);
        }
    }

    private final String clientId;
    private final JWKSet keys;
    private final Strictness strictness;
    private final JwtVerifier verifier;

    public IdTokenCheck(String issuer, String clientId, JWKSet keys, Strictness strictness) {
        this.clientId = clientId;
        this.keys = keys;
        this.strictness = strictness;
        this.verifier = new JwtVerifier(new JwtPolicy(Set.of("ES256"), issuer, null, Set.of("sub", "exp"), SKEW,
                null));
    }

    /** @param expectedNonce the nonce this app sent for this login, or null when it sent none (nothing to compare) */
    public Decision check(String token, String expectedNonce, Instant now) {
        VerificationReport report = verifier.verify(token, keys, now);
        List<CheckResult> checks = new ArrayList<>(report.checks());
        if (!report.valid()) {
            return new Decision(checks, 401, null);
        }
        Claims claims = Claims.of(token).orElseThrow();
        List<CheckResult> oidc = new ArrayList<>();
        if (strictness.tokenType()) {
            oidc.add(tokenType(claims));
        }
        if (strictness.audience()) {
            oidc.add(audience(claims));
        }
        if (strictness.nonce() && expectedNonce != null) {
            oidc.add(strictness.tokenType() || claims.string("nonce") != null ? nonce(claims, expectedNonce)
                    : CheckResult.pass(NONCE, "skipped: the token carries no nonce, and an app that takes any kind"
                            + " of token as a login cannot demand one"));
        }
        for (CheckResult c : oidc) {
            checks.add(c);
            if (!c.passed()) {
                return new Decision(checks, 401, null);
            }
        }
        return new Decision(checks, 200, claims.claims().getSubject());
    }

    private static CheckResult tokenType(Claims claims) {
        if ("at+jwt".equalsIgnoreCase(claims.type()) || "application/at+jwt".equalsIgnoreCase(claims.type())) {
            return CheckResult.fail(TOKEN_TYPE, "typ is at+jwt: this is an access token (RFC 9068), meant for an"
                    + " API; it proves nothing about who is logging in here");
        }
        if (claims.claims().getClaim("auth_time") == null && claims.claims().getClaim("nonce") == null
                && claims.claims().getClaim("azp") == null) {
            return CheckResult.fail(TOKEN_TYPE, "no azp, nonce or auth_time: this is not an OpenID Connect ID token");
        }
        return CheckResult.pass(TOKEN_TYPE, "typ " + claims.type() + " with azp and auth_time: an ID token");
    }

    private CheckResult audience(Claims claims) {
        List<String> aud = claims.claims().getAudience();
        if (!aud.contains(clientId)) {
            return CheckResult.fail(AUD, "aud " + aud + " does not include " + clientId + ": the ID token was"
                    + " issued to another app");
        }
        String azp = claims.string("azp");
        if (aud.size() > 1 && !clientId.equals(azp)) {
            return CheckResult.fail(AUD, "several audiences and azp is " + azp + ", not " + clientId);
        }
        return CheckResult.pass(AUD, "aud " + aud + " is this app (" + clientId + ")"
                + (azp == null ? "" : ", azp " + azp));
    }

    private static CheckResult nonce(Claims claims, String expected) {
        String actual = claims.string("nonce");
        if (actual == null) {
            return CheckResult.fail(NONCE, "the ID token has no nonce; this login expects one");
        }
        return expected.equals(actual)
                ? CheckResult.pass(NONCE, "nonce matches the one this app sent for this login")
                : CheckResult.fail(NONCE, "nonce in the token is not the one this app sent for this login: the"
                        + " token was issued for another login (a replay)");
    }
}
