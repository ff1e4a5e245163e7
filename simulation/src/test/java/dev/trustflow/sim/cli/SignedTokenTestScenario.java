package dev.trustflow.sim.cli;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small test-only scenario with real crypto: an issuer signs an ES256 token, a client presents it, and
 * (if {@code tamper}) an attacker edits the payload and presents it too; the gateway verifies each with
 * nimbus, so the tampered one fails because the signature really does not verify.
 */
class SignedTokenTestScenario implements Scenario {

    static final String ID = "signed-token-test";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Signed token (test)";
    }

    @Override
    public String description() {
        return "An issuer signs an ES256 token; the gateway verifies every copy it receives.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("tamper", true, "Tamper", "An attacker edits the token's payload and replays it."),
                OptionSpec.choice("audience", "orders", List.of("orders", "billing"), "Audience", "Whom the token is for."),
                OptionSpec.duration("lifetime", Duration.ofMinutes(15), "Lifetime", "How long the token is valid."),
                OptionSpec.number("requests", 1, 1, 3, "Requests", "How many calls the client makes."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        sim.world().actor("issuer", "Issuer", ActorKind.AUTHORIZATION_SERVER, "internal");
        sim.world().actor("client", "Client app", ActorKind.CLIENT_APP, "internet");
        sim.world().actor("attacker", "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().actor("gateway", "Gateway", ActorKind.API_GATEWAY, "dmz");
        sim.world().link("issuer", "client", Channel.BACK).link("client", "gateway", Channel.FRONT)
                .link("attacker", "gateway", Channel.ATTACK);
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
            sim.event(EventKinds.KEY_CREATED, "issuer").caption("The issuer creates a P-256 signing key")
                    .artifact(Artifact.jwks("issuer public keys", new JWKSet(key.toPublicJWK()).toString()))
                    .artifact(new Artifact(Artifact.PEM_CERTIFICATE, "issuer certificate", certificate(key, sim)))
                    .emit();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(),
                    new JWTClaimsSet.Builder().subject("alice").audience(options.choice("audience"))
                            .expirationTime(Date.from(sim.now().plus(options.duration("lifetime")))).build());
            jwt.sign(new ECDSASigner(key));
            String token = jwt.serialize();
            sim.event(EventKinds.TOKEN_ISSUED, "issuer").to("client").caption("The issuer signs a token for Alice")
                    .artifact(Artifact.jwt("access token", token)).emit();
            for (long i = 0; i < options.number("requests"); i++) {
                call(sim, key, "client", token);
            }
            if (options.flag("tamper")) {
                String[] parts = token.split("\\.");
                String payload = jwt.getPayload().toString().replace("\"alice\"", "\"mallory\"");
                String forged = parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
                call(sim, key, "attacker", forged);
            }
            sim.summary().put("token", "ES256");
        } catch (JOSEException | ParseException | java.io.IOException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("test scenario crypto failed", e);
        }
    }

    private static void call(Simulation sim, ECKey key, String who, String token)
            throws JOSEException, ParseException {
        sim.tick(Duration.ofMillis(20));
        sim.event(EventKinds.HTTP_REQUEST, who).to("gateway").caption(who + " calls GET /orders")
                .data("method", "GET").data("path", "/orders").artifact(Artifact.jwt("bearer token", token)).emit();
        boolean valid = SignedJWT.parse(token).verify(new ECDSAVerifier(key.toECPublicKey()));
        sim.check("gateway", valid ? CheckResult.pass("jwt.signature", "ES256 signature verifies with key k1")
                : CheckResult.fail("jwt.signature", "ES256 signature does not verify with key k1"));
        sim.event(EventKinds.HTTP_RESPONSE, "gateway").to(who).caption(valid ? "200 OK" : "401 Unauthorized")
                .data("status", valid ? 200 : 401).emit();
    }

    private static String certificate(ECKey key, Simulation sim)
            throws JOSEException, java.io.IOException, org.bouncycastle.operator.OperatorCreationException {
        X500Name name = new X500Name("CN=Test issuer");
        X509CertificateHolder cert = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(sim.seed() & 0xffff).add(BigInteger.ONE),
                Date.from(sim.now()), Date.from(sim.now().plus(Duration.ofDays(1))), name, key.toECPublicKey())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.toECPrivateKey()));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(cert);
        }
        return pem.toString();
    }
}
