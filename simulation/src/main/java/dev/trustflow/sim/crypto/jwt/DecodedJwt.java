package dev.trustflow.sim.crypto.jwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JWT taken apart for display, NOT verified: anyone can read these parts.
 *
 * @param alg             the header's {@code alg} exactly as written
 * @param headerJson      the header JSON, pretty-printed
 * @param payloadJson     the payload (claims) JSON, pretty-printed
 * @param headerPart      first base64url part as received
 * @param payloadPart     second base64url part as received
 * @param signaturePart   third base64url part as received (empty for an unsigned token)
 * @param signatureLength how many bytes the signature decodes to
 * @param claims          the claims as JSON values (times as epoch seconds), as nimbus read them
 */
public record DecodedJwt(String alg, String headerJson, String payloadJson, String headerPart, String payloadPart,
                         String signaturePart, int signatureLength, Map<String, Object> claims) {

    public DecodedJwt {
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** A claim as text ({@code sub}, {@code role}), or null when absent. */
    public String claim(String name) {
        Object value = claims.get(name);
        return value == null ? null : String.valueOf(value);
    }

    public boolean hasSignature() {
        return signatureLength > 0;
    }
}
