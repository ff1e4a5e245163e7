package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A decoded token with nimbus's view of its header and claims, as the checks need them. Its display form
 * ({@link #decoded()}: pretty-printed JSON, the claims as a map) is built only when asked, since verifying needs
 * none of it (re-reading both JSON parts to pretty-print them, copying the claims into a map).
 */
final class ParsedJwt {

    private final Header header;
    private final JWTClaimsSet claims;
    private final Base64URL headerPart;
    private final Base64URL payloadPart;
    private final Base64URL signature;
    private final int signatureLength;
    private final Supplier<DecodedJwt> display;

    ParsedJwt(Header header, JWTClaimsSet claims, Base64URL[] parts, Supplier<DecodedJwt> display) {
        this.header = Objects.requireNonNull(header, "header");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.headerPart = parts[0];
        this.payloadPart = parts[1];
        this.signature = parts[2];
        this.signatureLength = parts[2].decode().length;
        this.display = display;
    }

    Header header() {
        return header;
    }

    JWTClaimsSet claims() {
        return claims;
    }

    Base64URL signature() {
        return signature;
    }

    /** How many bytes the signature part decodes to (0: stripped or unsigned). */
    int signatureLength() {
        return signatureLength;
    }

    /** The token taken apart for display. */
    DecodedJwt decoded() {
        return display.get();
    }

    String alg() {
        return header.getAlgorithm().getName();
    }

    String kid() {
        Object kid = header.toJSONObject().get("kid");
        return kid == null ? null : String.valueOf(kid);
    }

    /** The bytes the signature covers: ASCII(header part + '.' + payload part). */
    byte[] signingInput() {
        return (headerPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII);
    }
}
