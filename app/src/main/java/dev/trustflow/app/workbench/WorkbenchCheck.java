package dev.trustflow.app.workbench;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import dev.trustflow.app.inspector.CheckRow;
import dev.trustflow.app.inspector.TokenDecoding;
import dev.trustflow.app.inspector.TokenDisplay;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.PlainText;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One workbench verification, start to end, off the FX thread: reads the inputs (refusing bad ones with a
 * one-line message), decodes the token for display and runs the simulation's real {@link JwtVerifier} with
 * {@link JwtPolicy#inspect(String, String)}.
 */
final class WorkbenchCheck {

    /** A pasted token larger than this is refused (the design's limit for pasted tokens). */
    static final int MAX_TOKEN_CHARS = TokenDecoding.MAX_CHARS;
    /** A pasted JWKS larger than this is refused; real key sets are a few KB. */
    static final int MAX_JWKS_CHARS = 64 * 1024;
    static final String REFERENCE = "the check time";

    private final CheckExplanations explanations;

    WorkbenchCheck(CheckExplanations explanations) {
        this.explanations = explanations;
    }

    /** Refuses input that must not even be handed to a background thread (empty or oversized). */
    static String precheck(WorkbenchInput input) {
        if (input.token().isEmpty()) {
            return "Paste a JWT (three base64url parts separated by dots) to inspect it.";
        }
        if (input.token().length() > MAX_TOKEN_CHARS) {
            return "The token is " + input.token().length() + " characters; a pasted token may be at most "
                    + MAX_TOKEN_CHARS / 1024 + " KB.";
        }
        if (input.jwks().length() > MAX_JWKS_CHARS) {
            return "The JWKS is " + input.jwks().length() + " characters; at most " + MAX_JWKS_CHARS / 1024
                    + " KB is accepted.";
        }
        return "";
    }

    WorkbenchResult run(WorkbenchInput input, Instant now) {
        String refused = precheck(input);
        if (!refused.isEmpty()) {
            return WorkbenchResult.refused(refused);
        }
        Instant at;
        JWKSet keys;
        try {
            at = input.time().isEmpty() ? now : time(input.time());
            keys = withSecret(keys(input.jwks()), input.secret(), input.token());
        } catch (IllegalArgumentException e) {
            return WorkbenchResult.refused(e.getMessage());
        }
        TokenDisplay token = null;
        String message = "";
        try {
            token = TokenDecoding.decode(input.token(), at, REFERENCE);
        } catch (JwtDecodeException e) {
            message = "Token: " + e.getMessage() + ".";
        }
        VerificationReport report = new JwtVerifier(JwtPolicy.inspect(blankToNull(input.issuer()),
                blankToNull(input.audience()))).verify(input.token(), keys, at);
        List<CheckRow> rows = report.checks().stream().map(c -> CheckRow.of(c, explanations))
                .collect(Collectors.toList());
        return new WorkbenchResult(token, rows, report.valid() ? WorkbenchResult.Verdict.VALID
                : WorkbenchResult.Verdict.REJECTED, verdictText(report), message);
    }

    private static String verdictText(VerificationReport report) {
        long failed = report.checks().stream().filter(c -> !c.passed()).count();
        if (report.valid()) {
            return "Valid: all " + report.checks().size() + " checks passed.";
        }
        String first = report.firstFailure().map(c -> c.check()).orElse("");
        return "Rejected: " + failed + " of " + report.checks().size() + " checks failed, first " + first + ".";
    }

    static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Time: '" + shorten(text)
                        + "' is not an ISO-8601 time such as 2026-01-01T09:00:00Z.");
            }
        }
    }

    static JWKSet keys(String json) {
        if (json.isEmpty()) {
            return new JWKSet();
        }
        try {
            return JWKSet.parse(json);
        } catch (ParseException | RuntimeException notASet) {
            try {
                return new JWKSet(JWK.parse(json));
            } catch (ParseException | RuntimeException notAKey) {
                throw new IllegalArgumentException("JWKS: not a JSON Web Key Set ({\"keys\": [...]}) nor a single"
                        + " JWK: " + firstLine(PlainText.of(notASet.getMessage())) + ".");
            }
        }
    }

    /**
     * The keys plus the typed shared secret, if any, under the token's own kid (a secret typed for this token is
     * meant for it). The secret's bytes are its UTF-8 text, as jwt.io and most libraries take it.
     */
    static JWKSet withSecret(JWKSet keys, String secret, String token) {
        if (secret.isEmpty()) {
            return keys;
        }
        OctetSequenceKey.Builder key = new OctetSequenceKey.Builder(secret.getBytes(StandardCharsets.UTF_8));
        try {
            String kid = JWSObject.parse(token).getHeader().getKeyID();
            if (kid != null) {
                key.keyID(kid);
            }
        } catch (ParseException | RuntimeException notAJws) {
            // no kid to take: the secret stands alone
        }
        List<JWK> all = new java.util.ArrayList<>(keys.getKeys());
        all.add(key.build());
        return new JWKSet(all);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "it cannot be parsed";
        }
        int nl = s.indexOf('\n');
        return shorten(nl < 0 ? s : s.substring(0, nl)).replaceAll("\\.$", "");
    }
}
