package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import dev.trustflow.sim.check.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The header checks: {@code jwt.alg} (allowed, never none, fits the key) and {@code jwt.kid} (a trusted key). */
final class HeaderChecks {

    static final String ALG = "jwt.alg";
    static final String KID = "jwt.kid";

    /** Header parameters that would let the token choose its own key; never trusted, never fetched. */
    private static final List<String> SELF_KEYING = List.of("jwk", "jku", "x5u", "x5c");

    private HeaderChecks() {
    }

    static CheckResult alg(ParsedJwt jwt, JwtPolicy policy, JWKSet keys) {
        String name = jwt.alg();
        if (name.toLowerCase(Locale.ROOT).equals("none")) {
            return CheckResult.fail(ALG, "alg is " + TrustedKeys.quote(name) + ": an unsigned token; 'none' is"
                    + " refused in any letter case, whatever the policy says");
        }
        JWSAlgorithm alg = JWSAlgorithm.parse(name);
        JWK key = TrustedKeys.forToken(jwt, keys);
        boolean hmac = JWSAlgorithm.Family.HMAC_SHA.contains(alg);
        if (key != null && hmac && TrustedKeys.isPublicKey(key)) {
            return CheckResult.fail(ALG, "algorithm confusion: the token asks for " + name + " (a shared-secret MAC)"
                    + " but " + TrustedKeys.describe(key) + " is not a shared secret; used as an HMAC secret it would"
                    + " let anyone who has the public key forge tokens");
        }
        if (key == null && hmac && keys.getKeys().stream().noneMatch(k -> k instanceof OctetSequenceKey)
                && !keys.getKeys().isEmpty()) {
            return CheckResult.fail(ALG, "algorithm confusion: the token asks for " + name + " (a shared-secret MAC)"
                    + " but every trusted key is a public key");
        }
        if (key != null && !TrustedKeys.fits(alg, key)) {
            return CheckResult.fail(ALG, "alg " + name + " does not fit " + TrustedKeys.describe(key));
        }
        if (key != null && key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(name)) {
            return CheckResult.fail(ALG, TrustedKeys.describe(key) + " is pinned to "
                    + key.getAlgorithm().getName() + " but the token says " + name);
        }
        if (!policy.allowedAlgorithms().contains(name)) {
            return CheckResult.fail(ALG, "alg " + TrustedKeys.quote(name) + " is not allowed here; allowed: "
                    + String.join(", ", new TreeSet<>(policy.allowedAlgorithms())));
        }
        return CheckResult.pass(ALG, "alg " + name + " is on the allow-list"
                + (key == null ? "" : " and fits " + TrustedKeys.describe(key)));
    }

    static CheckResult kid(ParsedJwt jwt, JWKSet keys) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> header = jwt.header().toJSONObject();
        for (String param : SELF_KEYING) {
            if (header.containsKey(param)) {
                problems.add("the header carries '" + param + "' (" + selfKeyingHint(param, header.get(param))
                        + "); keys come only from the trusted JWKS, so it was neither trusted nor fetched");
            }
        }
        Set<String> crit = jwt.header().getCriticalParams();
        if (crit != null && !crit.isEmpty()) {
            problems.add("'crit' lists " + String.join(", ", new TreeSet<>(crit)) + ", which this verifier does not"
                    + " understand; RFC 7515 4.1.11 says such a token must be rejected");
        }
        String kid = jwt.kid();
        if (keys.getKeys().isEmpty()) {
            problems.add("no keys were given, so no kid can be matched");
        } else if (kid == null) {
            if (keys.getKeys().size() != 1) {
                problems.add("no kid, and the JWKS holds " + keys.getKeys().size() + " keys: which one is meant?");
            }
        } else if (kid.isEmpty()) {
            problems.add("the kid is empty");
        } else if (keys.getKeyByKeyId(kid) == null) {
            problems.add("kid " + TrustedKeys.quote(kid) + " is not in the trusted JWKS (known: "
                    + String.join(", ", keys.getKeys().stream().map(JWK::getKeyID).map(String::valueOf).toList())
                    + "); a kid is only looked up, never used as a path or a query");
        }
        if (!problems.isEmpty()) {
            return CheckResult.fail(KID, String.join("; ", problems));
        }
        JWK key = TrustedKeys.forToken(jwt, keys);
        return CheckResult.pass(KID, kid == null
                ? "no kid, but the JWKS holds a single key, so " + TrustedKeys.describe(key) + " was used"
                : "kid names the trusted " + TrustedKeys.describe(key));
    }

    private static String selfKeyingHint(String param, Object value) {
        if (value instanceof String url) {
            return "pointing to " + TrustedKeys.quote(url);
        }
        return "jwk".equals(param) ? "a key embedded by whoever made the token" : "a certificate chain";
    }
}
