package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;

/** A decoded token with nimbus's view of its header and claims, as the checks need them. */
record ParsedJwt(Header header, JWTClaimsSet claims, Base64URL signature, DecodedJwt decoded) {

    String alg() {
        return header.getAlgorithm().getName();
    }

    String kid() {
        Object kid = header.toJSONObject().get("kid");
        return kid == null ? null : String.valueOf(kid);
    }

    /** The bytes the signature covers: ASCII(header part + '.' + payload part). */
    byte[] signingInput() {
        return (decoded.headerPart() + "." + decoded.payloadPart()).getBytes(StandardCharsets.US_ASCII);
    }
}
