package dev.trustflow.sim.oauth.session;

import dev.trustflow.sim.check.CheckResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Revoked JWT ids ({@code jti}) kept until the token would have expired anyway. It gives stateless tokens
 * instant revocation back, at the price of a shared store every API must ask on every request.
 */
public final class Denylist {

    public static final String CHECK = "jwt.denylist";

    private final Map<String, Instant> revokedUntil = new LinkedHashMap<>();
    private int lookups;

    public void revoke(String jti, Instant tokenExpiry) {
        revokedUntil.put(jti, tokenExpiry);
    }

    public CheckResult check(String jti, Instant now) {
        lookups++;
        revokedUntil.values().removeIf(exp -> !now.isBefore(exp));
        if (jti == null) {
            return CheckResult.fail(CHECK, "the token has no jti, so it cannot be looked up in the denylist");
        }
        return revokedUntil.containsKey(jti)
                ? CheckResult.fail(CHECK, "jti " + jti + " is on the denylist (revoked before it expired)")
                : CheckResult.pass(CHECK, "jti " + jti + " is not on the denylist");
    }

    public int lookups() {
        return lookups;
    }

    public String describe() {
        StringBuilder s = new StringBuilder("denylist:");
        if (revokedUntil.isEmpty()) {
            return s.append(" empty\n").toString();
        }
        s.append('\n');
        revokedUntil.forEach((jti, exp) -> s.append("  ").append(jti).append(" until ").append(exp).append('\n'));
        return s.toString();
    }
}
