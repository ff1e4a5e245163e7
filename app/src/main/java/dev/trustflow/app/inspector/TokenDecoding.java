package dev.trustflow.app.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.util.Base64URL;
import java.text.ParseException;
import java.time.Instant;

/** Takes a compact JWT apart for display, without verifying it; garbage gets a plain one-line reason. */
public final class TokenDecoding {

    /** A token longer than this is refused before it is decoded. */
    public static final int MAX_CHARS = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenDecoding() {
    }

    /** Why a text could not be decoded as a JWT, in plain words. */
    public static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    /**
     * @param reference     the moment claim dates are compared with
     * @param referenceName how that moment is called in notes ("this event")
     */
    public static TokenDisplay decode(String compact, Instant reference, String referenceName) throws Problem {
        if (compact == null || compact.isBlank()) {
            throw new Problem("the token is empty");
        }
        String token = compact.strip();
        if (token.length() > MAX_CHARS) {
            throw new Problem("the token is " + token.length() + " characters; more than 16 KB is refused");
        }
        Base64URL[] parts;
        try {
            parts = JOSEObject.split(token);
        } catch (ParseException e) {
            throw new Problem("not three dot-separated parts (header.payload.signature)");
        }
        if (parts.length != 3) {
            throw new Problem(parts.length + " parts: an encrypted JWE, not a signed JWT");
        }
        JsonNode header = object(parts[0], "header");
        JsonNode payload = object(parts[1], "payload");
        JsonNode alg = header.get("alg");
        return new TokenDisplay(alg == null ? "(none given)" : alg.asText(), parts[0].toString(),
                parts[1].toString(), parts[2].toString(), header.toPrettyString(), payload.toPrettyString(),
                parts[2].decode().length, ClaimNotes.rows(payload, reference, referenceName));
    }

    private static JsonNode object(Base64URL part, String name) throws Problem {
        JsonNode node;
        try {
            node = JSON.readTree(part.decodeToString());
        } catch (JsonProcessingException e) {
            throw new Problem(name + " is not base64url-encoded JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Problem(name + " is not a JSON object");
        }
        return node;
    }
}
