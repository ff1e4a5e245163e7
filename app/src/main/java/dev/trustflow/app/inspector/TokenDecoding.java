package dev.trustflow.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import java.time.Instant;
import java.util.List;

/**
 * Takes a compact JWT apart for display with the simulation's {@link JwtDecoder} (no verification), and adds
 * the payload's claims as rows with notes. Garbage gets the decoder's plain one-line reason.
 */
public final class TokenDecoding {

    /** A token longer than this is refused before it is decoded (the decoder's limit). */
    public static final int MAX_CHARS = JwtDecoder.MAX_CHARS;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenDecoding() {
    }

    /**
     * @param reference     the moment claim dates are compared with
     * @param referenceName how that moment is called in notes ("this event")
     */
    public static TokenDisplay decode(String compact, Instant reference, String referenceName)
            throws JwtDecodeException {
        DecodedJwt jwt = JwtDecoder.decode(compact);
        return new TokenDisplay(jwt.alg(), jwt.headerPart(), jwt.payloadPart(), jwt.signaturePart(),
                jwt.headerJson(), jwt.payloadJson(), jwt.signatureLength(),
                claims(jwt.payloadJson(), reference, referenceName));
    }

    private static List<ClaimRow> claims(String payloadJson, Instant reference, String referenceName) {
        try {
            JsonNode payload = JSON.readTree(payloadJson);
            return payload != null && payload.isObject() ? ClaimNotes.rows(payload, reference, referenceName)
                    : List.of();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
