package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.trustflow.sim.check.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** {@code jwt.typ}, {@code jwt.iss}, {@code jwt.aud}, {@code jwt.exp}, {@code jwt.nbf}, {@code jwt.claims}. */
final class ClaimChecks {

    private ClaimChecks() {
    }

    static CheckResult typ(ParsedJwt jwt, JwtPolicy policy) {
        JOSEObjectType type = jwt.header().getType();
        String typ = type == null ? null : type.getType();
        if (policy.expectedType() == null) {
            return CheckResult.pass("jwt.typ", "no typ required" + (typ == null ? "" : " (typ is " + q(typ) + ")"));
        }
        if (typ == null) {
            return CheckResult.fail("jwt.typ", "no typ header; this API expects " + q(policy.expectedType()));
        }
        if (!mediaType(typ).equals(mediaType(policy.expectedType()))) {
            return CheckResult.fail("jwt.typ", "typ is " + q(typ) + " but this API expects " + q(policy.expectedType())
                    + ": a token of another kind must not be used here");
        }
        return CheckResult.pass("jwt.typ", "typ is " + q(typ) + ", the kind of token this API expects");
    }

    static CheckResult iss(JWTClaimsSet claims, JwtPolicy policy) {
        String iss = claims.getIssuer();
        if (policy.issuer() == null) {
            return CheckResult.pass("jwt.iss", "no issuer required" + (iss == null ? "" : " (iss is " + q(iss) + ")"));
        }
        if (iss == null) {
            return CheckResult.fail("jwt.iss", "no iss claim; expected " + q(policy.issuer()));
        }
        if (!iss.equals(policy.issuer())) {
            return CheckResult.fail("jwt.iss", "iss " + q(iss) + " is not the trusted issuer " + q(policy.issuer()));
        }
        return CheckResult.pass("jwt.iss", "iss " + q(iss) + " is the trusted issuer");
    }

    static CheckResult aud(JWTClaimsSet claims, JwtPolicy policy) {
        List<String> aud = claims.getAudience();
        if (policy.audience() == null) {
            return CheckResult.pass("jwt.aud", "no audience required" + (aud.isEmpty() ? "" : " (aud is " + aud + ")"));
        }
        if (aud.isEmpty()) {
            return CheckResult.fail("jwt.aud", "no aud claim; this API is " + q(policy.audience()));
        }
        if (!aud.contains(policy.audience())) {
            return CheckResult.fail("jwt.aud", "aud " + aud + " does not include " + q(policy.audience())
                    + ": the token was minted for another API");
        }
        return CheckResult.pass("jwt.aud", "aud " + aud + " includes this API, " + q(policy.audience()));
    }

    static CheckResult exp(JWTClaimsSet claims, JwtPolicy policy, Instant now) {
        if (claims.getExpirationTime() == null) {
            return CheckResult.fail("jwt.exp", "no exp claim: a token that never expires is refused");
        }
        Instant exp = claims.getExpirationTime().toInstant();
        if (now.isAfter(exp.plus(policy.clockSkew()))) {
            return CheckResult.fail("jwt.exp", "expired at " + exp + ", " + ago(exp, now) + " before now (" + now
                    + "; skew allowed " + policy.clockSkew().toSeconds() + " s)");
        }
        if (now.isAfter(exp)) {
            return CheckResult.pass("jwt.exp", "expired at " + exp + ", " + ago(exp, now) + " before now (" + now
                    + "), but within the " + policy.clockSkew().toSeconds() + " s allowed for clock skew: accepted");
        }
        return CheckResult.pass("jwt.exp", "not expired: exp " + exp + " is " + ago(now, exp) + " after now (" + now + ")");
    }

    static CheckResult nbf(JWTClaimsSet claims, JwtPolicy policy, Instant now) {
        if (claims.getNotBeforeTime() == null) {
            return CheckResult.pass("jwt.nbf", "no nbf: usable from the moment it was issued");
        }
        Instant nbf = claims.getNotBeforeTime().toInstant();
        if (now.plus(policy.clockSkew()).isBefore(nbf)) {
            return CheckResult.fail("jwt.nbf", "not valid before " + nbf + ", " + ago(now, nbf) + " from now (" + now
                    + "; skew allowed " + policy.clockSkew().toSeconds() + " s)");
        }
        return CheckResult.pass("jwt.nbf", "already valid: nbf " + nbf + " is not after now (" + now + ")");
    }

    static CheckResult required(JWTClaimsSet claims, JwtPolicy policy) {
        Set<String> missing = new TreeSet<>(policy.requiredClaims());
        missing.removeAll(claims.getClaims().keySet());
        if (!missing.isEmpty()) {
            return CheckResult.fail("jwt.claims", "missing required claims: " + String.join(", ", missing));
        }
        return CheckResult.pass("jwt.claims", policy.requiredClaims().isEmpty() ? "no claims required"
                : "required claims present: " + String.join(", ", new TreeSet<>(policy.requiredClaims())));
    }

    private static String mediaType(String typ) {
        String t = typ.toLowerCase(Locale.ROOT);
        return t.startsWith("application/") ? t.substring("application/".length()) : t;
    }

    private static String q(String untrusted) {
        return TrustedKeys.quote(untrusted);
    }

    /** "3 min 20 s" between two instants, earlier first. */
    private static String ago(Instant from, Instant to) {
        Duration d = Duration.between(from, to).abs();
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }
}
