package dev.trustflow.app.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a JWT payload into rows a student can read: dates ({@code exp}, {@code nbf}, {@code iat},
 * {@code auth_time}) as virtual-time dates with how they relate to a reference moment ("expired 5 min before
 * this event"), and what the registered claims mean.
 */
final class ClaimNotes {

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("iss", "issuer: who made and signed the token"),
            Map.entry("sub", "subject: whom the token is about"),
            Map.entry("aud", "audience: who may accept the token"),
            Map.entry("jti", "token id: lets a server spot a replayed token"),
            Map.entry("scope", "what the token allows its holder to do"),
            Map.entry("client_id", "the app the token was issued to"),
            Map.entry("azp", "authorized party: the app the token was issued to"),
            Map.entry("nonce", "ties an ID token to the login request that asked for it"),
            Map.entry("role", "the issuer's claim; trusted only because the signature covers it"),
            Map.entry("roles", "the issuer's claim; trusted only because the signature covers it"));

    private ClaimNotes() {
    }

    /**
     * @param payload       the payload JSON object
     * @param reference     the moment dates are compared with (the event's virtual time, or the check time)
     * @param referenceName how that moment is called in notes ("this event")
     */
    static List<ClaimRow> rows(JsonNode payload, Instant reference, String referenceName) {
        List<ClaimRow> rows = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = payload.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            rows.add(row(field.getKey(), field.getValue(), reference, referenceName));
        }
        return rows;
    }

    private static ClaimRow row(String name, JsonNode value, Instant reference, String referenceName) {
        boolean date = name.equals("exp") || name.equals("nbf") || name.equals("iat") || name.equals("auth_time");
        if (!date) {
            return new ClaimRow(name, text(value), MEANINGS.getOrDefault(name, ""));
        }
        if (!value.isNumber()) {
            return new ClaimRow(name, text(value), "not a number: RFC 7519 requires seconds since 1970 (NumericDate)");
        }
        Instant at = Instant.ofEpochSecond(value.asLong());
        return new ClaimRow(name, VirtualTimes.date(at) + " (" + value.asText() + ")",
                dateNote(name, at, reference, referenceName));
    }

    static String dateNote(String name, Instant at, Instant reference, String referenceName) {
        Duration gap = Duration.between(reference, at);
        String span = VirtualTimes.span(gap);
        boolean same = gap.isZero();
        boolean before = gap.isNegative();
        switch (name) {
            case "exp":
                if (same) {
                    return "expired at the very second of " + referenceName;
                }
                return before ? "expired " + span + " before " + referenceName
                        : "expires " + span + " after " + referenceName;
            case "nbf":
                if (same) {
                    return "becomes valid at the very second of " + referenceName;
                }
                return before ? "valid since " + span + " before " + referenceName
                        : "not valid yet: becomes valid " + span + " after " + referenceName;
            case "iat":
                if (same) {
                    return "issued at the very second of " + referenceName;
                }
                return before ? "issued " + span + " before " + referenceName
                        : "issued " + span + " after " + referenceName + ", a date in the future";
            default:
                if (same) {
                    return "the user logged in at the very second of " + referenceName;
                }
                return before ? "the user logged in " + span + " before " + referenceName
                        : "a login " + span + " after " + referenceName + ", a date in the future";
        }
    }

    private static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        return value.toString();
    }
}
