package dev.trustflow.sim.oauth.validation;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.oauth.session.Denylist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An API's check of a bearer access token: the full JWT verification (ES256 signature against the
 * authorization server's JWKS, {@code typ at+jwt}, issuer, audience, expiry) then {@code jwt.scope}, then,
 * when the API uses one, {@code jwt.denylist}. Verification is local: no call to the authorization server.
 */
public final class AccessTokenCheck {

    public static final String SCOPE = "jwt.scope";
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final JwtVerifier verifier;
    private final JWKSet keys;
    private final Denylist denylist;

    /**
     * @param audience the API's own identifier, or null for an API that does not check {@code aud} (a what-if)
     * @param denylist a shared denylist to consult on every request, or null for none
     */
    public AccessTokenCheck(String issuer, String audience, JWKSet keys, Denylist denylist) {
        this.verifier = new JwtVerifier(new JwtPolicy(Set.of("ES256"), issuer, audience, Set.of("sub", "exp", "scope"),
                SKEW, "at+jwt"));
        this.keys = keys;
        this.denylist = denylist;
    }

    /** Checks {@code token} for an operation that needs {@code requiredScope}. */
    public Decision check(String token, String requiredScope, Instant now) {
        if (token == null) {
            return new Decision(List.of(CheckResult.fail("authn.token-present", "no bearer token in the"
                    + " Authorization header")), 401, null);
        }
        VerificationReport report = verifier.verify(token, keys, now);
        List<CheckResult> checks = new ArrayList<>(report.checks());
        if (!report.valid()) {
            return new Decision(checks, 401, null);
        }
        Claims claims = Claims.of(token).orElseThrow();
        if (denylist != null) {
            CheckResult denied = denylist.check(claims.claims().getJWTID(), now);
            checks.add(denied);
            if (!denied.passed()) {
                return new Decision(checks, 401, null);
            }
        }
        String scope = claims.string("scope");
        List<String> granted = scope == null ? List.of() : List.of(scope.split(" "));
        CheckResult scoped = granted.contains(requiredScope)
                ? CheckResult.pass(SCOPE, "scope '" + scope + "' includes " + requiredScope)
                : CheckResult.fail(SCOPE, "scope '" + scope + "' does not include " + requiredScope
                        + ", which this operation needs");
        checks.add(scoped);
        return new Decision(checks, scoped.passed() ? 200 : 403, scoped.passed() ? claims.claims().getSubject()
                : null);
    }
}
