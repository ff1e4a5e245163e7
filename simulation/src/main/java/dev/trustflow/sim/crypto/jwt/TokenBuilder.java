package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One token being built: registered claims (iss, sub, aud, exp, nbf, iat, jti), any extra claims
 * (scope, role...) and the header's {@code typ}; {@link #sign()} signs it with nimbus. By default
 * iat = nbf = the issue time, exp = iat + 15 minutes, jti a random UUID, typ {@code JWT}.
 */
public final class TokenBuilder {

    private final JWK key;
    private final Instant issuedAt;
    private String issuer;
    private String subject;
    private final List<String> audience = new ArrayList<>();
    private Duration ttl = Duration.ofMinutes(15);
    private Instant notBefore;
    private String jti = UUID.randomUUID().toString();
    private String type = "JWT";
    private final Map<String, Object> claims = new LinkedHashMap<>();

    TokenBuilder(JWK key, Instant issuedAt) {
        this.key = key;
        this.issuedAt = issuedAt;
        this.notBefore = issuedAt;
    }

    public TokenBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TokenBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TokenBuilder audience(String... audience) {
        this.audience.addAll(List.of(audience));
        return this;
    }

    /** Lifetime from the issue time; {@code null} leaves {@code exp} out (a token that never expires). */
    public TokenBuilder ttl(Duration ttl) {
        this.ttl = ttl;
        return this;
    }

    public TokenBuilder notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    /** A chosen jti (a scenario derives it from its seeded random so runs read the same). */
    public TokenBuilder jti(String jti) {
        this.jti = jti;
        return this;
    }

    /** The {@code typ} header, e.g. {@code at+jwt} for an RFC 9068 access token; null leaves it out. */
    public TokenBuilder type(String type) {
        this.type = type;
        return this;
    }

    /** Any other claim: {@code scope}, {@code role}, {@code client_id}... */
    public TokenBuilder claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** Signs and returns the compact serialization (header.payload.signature). */
    public String sign() {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(notBefore == null ? null : Date.from(notBefore))
                .expirationTime(ttl == null ? null : Date.from(issuedAt.plus(ttl)))
                .jwtID(jti);
        if (!audience.isEmpty()) {
            body.audience(audience.size() == 1 ? List.of(audience.get(0)) : audience);
        }
        claims.forEach(body::claim);
        JWSHeader header = new JWSHeader.Builder(JwsSigners.algorithmFor(key))
                .keyID(key.getKeyID())
                .type(type == null ? null : new JOSEObjectType(type))
                .build();
        SignedJWT jwt = new SignedJWT(header, body.build());
        try {
            jwt.sign(JwsSigners.signerFor(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with key '" + key.getKeyID() + "' failed: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }
}
