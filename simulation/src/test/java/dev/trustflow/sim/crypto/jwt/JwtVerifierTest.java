package dev.trustflow.sim.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private final JwtTestKit kit = new JwtTestKit();

    @Test
    void aGoodEs256TokenPassesEveryCheckInOrder() {
        VerificationReport report = kit.verify(kit.accessToken(JwtTestKit.EC).sign());

        assertThat(report.checks()).extracting(CheckResult::check).containsExactlyElementsOf(JwtVerifier.CHECK_ORDER);
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.check("jwt.signature").orElseThrow().reason()).contains("ES256 signature verified");
        assertThat(report.check("jwt.kid").orElseThrow().reason()).contains("auth-es256");
    }

    @Test
    void aGoodRs256TokenPasses() {
        VerificationReport report = kit.verify(kit.accessToken(JwtTestKit.RSA).sign());

        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.check("jwt.signature").orElseThrow().reason()).contains("RS256", "RSA 2048-bit");
    }

    @Test
    void anHs256TokenVerifiesWithTheSharedSecret() {
        kit.ring.hs256("shared");
        String token = kit.accessToken("shared").sign();
        JwtPolicy policy = new JwtPolicy(Set.of("HS256"), JwtTestKit.ISSUER, JwtTestKit.API, Set.of(),
                Duration.ZERO, "at+jwt");

        VerificationReport withSecret = new JwtVerifier(policy).verify(token, kit.ring.secrets(), kit.clock.instant());
        VerificationReport withPublicKeysOnly = new JwtVerifier(policy).verify(token, kit.ring.jwks(),
                kit.clock.instant());

        assertThat(withSecret.valid()).as(withSecret.toString()).isTrue();
        assertThat(kit.ring.jwks().getKeys()).noneMatch(k -> k.getKeyID().equals("shared"));
        assertThat(withPublicKeysOnly.firstFailure().orElseThrow().check()).isEqualTo("jwt.alg");
    }

    @Test
    void rfc7515AppendixA3Es256ExampleVerifies() throws ParseException {
        String token = "eyJhbGciOiJFUzI1NiJ9"
                + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";
        ECKey key = ECKey.parse("{\"kty\":\"EC\",\"crv\":\"P-256\","
                + "\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
                + "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}");
        assertThat(key.getCurve()).isEqualTo(Curve.P_256);
        JwtVerifier verifier = new JwtVerifier(new JwtPolicy(Set.of("ES256"), null, null, Set.of("exp"),
                Duration.ZERO, null));

        VerificationReport before = verifier.verify(token, new JWKSet(key), Instant.ofEpochSecond(1300819300));
        VerificationReport after = verifier.verify(token, new JWKSet(key), Instant.ofEpochSecond(1300819400));

        assertThat(before.valid()).as(before.toString()).isTrue();
        assertThat(before.check("jwt.signature").orElseThrow().passed()).isTrue();
        assertThat(after.firstFailure().orElseThrow().check()).isEqualTo("jwt.exp");
        assertThat(after.check("jwt.signature").orElseThrow().passed()).isTrue();
    }

    @Test
    void expiredTokenFailsOnExpOnly() {
        String token = kit.accessToken(JwtTestKit.EC).ttl(Duration.ofMinutes(15)).sign();
        kit.clock.advance(Duration.ofMinutes(20));

        VerificationReport report = kit.verify(token);

        assertFailsFirstOn(report, "jwt.exp");
        assertThat(report.check("jwt.exp").orElseThrow().reason()).contains("expired at", "5 min");
        assertThat(report.checks()).filteredOn(c -> !c.passed()).hasSize(1);
    }

    @Test
    void aTokenJustPastExpButWithinTheSkewPassesAndSaysSo() {
        String token = kit.accessToken(JwtTestKit.EC).ttl(Duration.ofSeconds(30)).sign();
        kit.clock.advance(Duration.ofSeconds(50));

        CheckResult exp = kit.verify(token).check("jwt.exp").orElseThrow();

        assertThat(exp.passed()).isTrue();
        assertThat(exp.reason()).contains("expired at", "20 s before now", "within the 30 s allowed for clock skew")
                .doesNotContain("after now");
    }

    @Test
    void tokenBeforeItsNbfFails() {
        Instant later = kit.clock.instant().plus(Duration.ofMinutes(10));
        VerificationReport report = kit.verify(kit.accessToken(JwtTestKit.EC).notBefore(later).sign());

        assertFailsFirstOn(report, "jwt.nbf");
        assertThat(report.check("jwt.nbf").orElseThrow().reason()).contains("not valid before");
    }

    @Test
    void wrongIssuerAudienceTypeAndMissingExpFailTheirOwnCheck() {
        assertFailsFirstOn(kit.verify(kit.accessToken(JwtTestKit.EC).issuer("https://evil.example").sign()),
                "jwt.iss");
        VerificationReport aud = kit.verify(kit.issuer.token(JwtTestKit.EC).issuer(JwtTestKit.ISSUER)
                .subject("alice").audience("billing-api").type("at+jwt").sign());
        assertFailsFirstOn(aud, "jwt.aud");
        assertThat(aud.check("jwt.aud").orElseThrow().reason()).contains("minted for another API");
        assertFailsFirstOn(kit.verify(kit.accessToken(JwtTestKit.EC).type("JWT").sign()), "jwt.typ");
        assertFailsFirstOn(kit.verify(kit.accessToken(JwtTestKit.EC).type(null).sign()), "jwt.typ");
        VerificationReport noExp = kit.verify(kit.accessToken(JwtTestKit.EC).ttl(null).sign());
        assertFailsFirstOn(noExp, "jwt.exp");
        assertThat(noExp.check("jwt.claims").orElseThrow().reason()).contains("exp");
    }

    @Test
    void missingRequiredClaimFailsClaims() {
        VerificationReport report = kit.verify(kit.issuer.token(JwtTestKit.EC).issuer(JwtTestKit.ISSUER)
                .audience(JwtTestKit.API).type("at+jwt").sign());

        assertFailsFirstOn(report, "jwt.claims");
        assertThat(report.check("jwt.claims").orElseThrow().reason()).contains("sub");
    }

    @Test
    void noKeysGivenFailsKidAndSignatureSayingSo() {
        String token = kit.accessToken(JwtTestKit.EC).sign();

        VerificationReport report = kit.verifier.verify(token, null, kit.clock.instant());

        assertThat(report.check("jwt.kid").orElseThrow().reason()).contains("no keys were given");
        assertThat(report.check("jwt.signature").orElseThrow().reason()).contains("no keys were given");
        assertThat(report.check("jwt.exp").orElseThrow().passed()).isTrue();
        assertThat(report.check("jwt.exp").orElseThrow().reason()).contains("untrusted claims");
    }

    static void assertFailsFirstOn(VerificationReport report, String check) {
        assertThat(report.valid()).as(report.toString()).isFalse();
        assertThat(report.firstFailure().orElseThrow().check()).as(report.toString()).isEqualTo(check);
        assertThat(report.checks()).extracting(CheckResult::check).containsExactlyElementsOf(JwtVerifier.CHECK_ORDER);
    }
}
