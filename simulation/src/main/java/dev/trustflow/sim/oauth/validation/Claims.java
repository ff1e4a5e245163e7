package dev.trustflow.sim.oauth.validation;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Optional;

/** Reads the header type and claims of a token whose signature the verifier has already checked. */
final class Claims {

    private final String type;
    private final JWTClaimsSet claims;

    private Claims(String type, JWTClaimsSet claims) {
        this.type = type;
        this.claims = claims;
    }

    static Optional<Claims> of(String compact) {
        try {
            SignedJWT jwt = SignedJWT.parse(compact);
            JOSEObjectType t = jwt.getHeader().getType();
            return Optional.of(new Claims(t == null ? null : t.getType(), jwt.getJWTClaimsSet()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    String type() {
        return type;
    }

    JWTClaimsSet claims() {
        return claims;
    }

    String string(String name) {
        Object v = claims.getClaim(name);
        return v == null ? null : String.valueOf(v);
    }
}
