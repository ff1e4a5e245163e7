package dev.trustflow.sim.crypto.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Map;

/** Takes a compact JWT apart for display WITHOUT verifying it; refuses garbage with a plain message. */
public final class JwtDecoder {

    /** A pasted token larger than this is refused before any decoding. */
    public static final int MAX_CHARS = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtDecoder() {
    }

    public static DecodedJwt decode(String compact) throws JwtDecodeException {
        return parse(compact).decoded();
    }

    static ParsedJwt parse(String compact) throws JwtDecodeException {
        Base64URL[] parts = split(compact);
        Header header = header(parts[0]);
        JWTClaimsSet claims = claims(parts[1]);
        return new ParsedJwt(header, claims, parts, () -> new DecodedJwt(header.getAlgorithm().getName(),
                pretty(parts[0].decodeToString()), pretty(parts[1].decodeToString()), parts[0].toString(),
                parts[1].toString(), parts[2].toString(), parts[2].decode().length, claims.toJSONObject()));
    }

    /**
     * A JWS whose header is sound but whose payload is not a JSON claims set (any bytes may be signed): its header
     * and signature, so the signature can still be checked; empty when the header or the shape is broken too.
     */
    static java.util.Optional<ParsedJwt> parseSignedOnly(String compact) {
        try {
            Base64URL[] parts = split(compact);
            Header header = header(parts[0]);
            return java.util.Optional.of(new ParsedJwt(header, new JWTClaimsSet.Builder().build(), parts,
                    () -> new DecodedJwt(header.getAlgorithm().getName(), pretty(parts[0].decodeToString()),
                            parts[1].decodeToString(), parts[0].toString(), parts[1].toString(), parts[2].toString(),
                            parts[2].decode().length, Map.of())));
        } catch (JwtDecodeException e) {
            return java.util.Optional.empty();
        }
    }

    private static Base64URL[] split(String compact) throws JwtDecodeException {
        if (compact == null || compact.isBlank()) {
            throw new JwtDecodeException("the token is empty");
        }
        String token = compact.strip();
        if (token.length() > MAX_CHARS) {
            throw new JwtDecodeException("the token is " + token.length() + " characters; more than 16 KB is refused");
        }
        int bad = firstNotBase64Url(token);
        if (bad >= 0) {
            throw new JwtDecodeException("character '" + printable(token.substring(bad, bad + 1)) + "' at position "
                    + bad + " is not base64url (a JWT holds only A-Z a-z 0-9 - _ and dots)");
        }
        Base64URL[] parts;
        try {
            parts = JOSEObject.split(token);
        } catch (ParseException e) {
            throw new JwtDecodeException("not three dot-separated parts (header.payload.signature)");
        }
        if (parts.length != 3) {
            throw new JwtDecodeException("not three dot-separated parts: " + parts.length
                    + " parts is an encrypted JWE, which is not a signed JWT");
        }
        return parts;
    }

    /** The index of the first character that is not base64url or a dot; -1 when there is none. */
    private static int firstNotBase64Url(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || c == '_' || c == '.';
            if (!allowed) {
                return i;
            }
        }
        return -1;
    }

    private static Header header(Base64URL part) throws JwtDecodeException {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(part.decodeToString());
        } catch (ParseException e) {
            throw new JwtDecodeException("header is not base64url JSON");
        }
        try {
            Header header = Header.parse(json, part);
            if (header instanceof JWEHeader) {
                throw new JwtDecodeException("header describes an encrypted JWE (it has \"enc\"), not a signed JWT");
            }
            return header;
        } catch (ParseException e) {
            throw new JwtDecodeException("header is JSON but not a valid JOSE header: " + PlainText.of(e.getMessage()));
        }
    }

    private static JWTClaimsSet claims(Base64URL part) throws JwtDecodeException {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(part.decodeToString());
        } catch (ParseException e) {
            throw new JwtDecodeException("payload is not base64url JSON");
        }
        try {
            return JWTClaimsSet.parse(json);
        } catch (ParseException e) {
            throw new JwtDecodeException("payload is JSON but not a valid claims set: " + PlainText.of(e.getMessage()));
        }
    }

    private static String pretty(String json) {
        try {
            return JSON.readTree(json).toPrettyString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    private static String printable(String c) {
        char ch = c.charAt(0);
        return Character.isISOControl(ch) || Character.isWhitespace(ch)
                ? String.format("\\u%04x", (int) ch) : c;
    }
}
