package dev.trustflow.sim.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class CheckExplanationsTest {

    /** The fixed check ids of the common brief and the ids the scenarios emit; every one must be explained. */
    static final List<String> FIXED_IDS = List.of("jwt.format", "jwt.alg", "jwt.kid", "jwt.signature", "jwt.typ",
            "jwt.iss", "jwt.aud", "jwt.exp", "jwt.nbf", "jwt.claims", "authn.token-present", "authz.object-owner",
            "hash.match", "hmac.verify", "sig.verify",
            "replay.nonce-seen", "replay.timestamp-window", "replay.idempotency-key",
            "apikey.hash-match", "apikey.revoked", "apikey.scope",
            "password.bcrypt", "mfa.totp", "ratelimit.bucket",
            "pkce.verifier", "oauth.state", "oauth.redirect-uri", "oauth.code-reuse", "oauth.client-auth",
            "jwt.scope", "oidc.aud", "oidc.nonce", "oidc.token-type",
            "refresh.reuse", "refresh.revoked", "refresh.expired", "session.lookup", "jwt.denylist",
            dev.trustflow.sim.crypto.pki.PathValidation.CHECK,
            "vault.key-proof", "vault.token", "db.role-exists", "db.valid-until", "kek.unwrap", "aead.tag",
            "net.segmentation", "net.allow-list", "message.read");

    private final CheckExplanations explanations = CheckExplanations.bundled();

    @ParameterizedTest
    @FieldSource("FIXED_IDS")
    void everyFixedIdHasACompleteEntry(String id) {
        assertThat(explanations.find(id)).as("explanation of %s", id).isPresent();
        CheckExplanation e = explanations.find(id).orElseThrow();
        assertThat(e.id()).isEqualTo(id);
        assertThat(List.of(e.title(), e.defends(), e.bypasses(), e.spec())).allSatisfy(f -> assertThat(f).isNotBlank());
    }

    @Test
    void everyCheckTheJwtVerifierReportsIsExplained() {
        assertThat(dev.trustflow.sim.crypto.jwt.JwtVerifier.CHECK_ORDER)
                .allSatisfy(id -> assertThat(explanations.find(id)).as(id).isPresent());
    }

    @Test
    void specsNameTheStandardsTheBriefCites() {
        assertThat(spec("jwt.exp")).contains("RFC 7519 section 4.1.4");
        assertThat(spec("jwt.alg")).contains("RFC 8725 section 3.1").contains("section 3.2");
        assertThat(spec("jwt.format")).contains("RFC 7515 section 4.1.11");
        assertThat(spec("jwt.typ")).contains("RFC 9068").contains("at+jwt");
        assertThat(spec("authn.token-present")).contains("RFC 9110 section 15.5.2");
        assertThat(spec("authz.object-owner")).contains("API1:2023").contains("RFC 9110 section 15.5.4");
        assertThat(spec("hmac.verify")).contains("RFC 2104");
        assertThat(spec("sig.verify")).contains("FIPS 186-5");
        assertThat(spec("pkce.verifier")).contains("RFC 7636 section 4.1", "section 4.6").contains("RFC 9700");
        assertThat(spec("oauth.redirect-uri")).contains("RFC 6749 section 3.1.2.2", "section 10.6", "section 4.1");
        assertThat(spec("oauth.state")).contains("RFC 6749 section 10.12");
        assertThat(spec("refresh.reuse")).contains("section 4.14").contains("RFC 6749 section 10.4");
        assertThat(spec("oidc.nonce")).contains("section 3.1.2.1", "section 15.5.2");
        assertThat(spec("ratelimit.bucket")).contains("RFC 6585 section 4", "section 5.2.2");
        assertThat(spec("mfa.totp")).contains("RFC 6238", "RFC 4226");
        assertThat(spec("password.bcrypt")).contains("Provos and Mazières", "section 5.1.1.2");
        assertThat(spec("replay.idempotency-key")).contains("draft-ietf-httpapi-idempotency-key-header");
    }

    @Test
    void unknownIdsAndNullAreAbsent() {
        assertThat(explanations.find("no.such-check")).isEmpty();
        assertThat(explanations.find(null)).isEmpty();
    }

    @Test
    void markdownCarriesEveryPart() {
        CheckExplanation e = explanations.find("jwt.aud").orElseThrow();
        assertThat(e.markdown()).startsWith("### " + e.title())
                .contains("**What it defends against.**", "**How attackers try to get past it.**",
                        "**The spec behind it.**", "RFC 7519 section 4.1.3");
    }

    @Test
    void anEntryWithAnEmptyFieldIsRefusedByName() {
        String yaml = """
                jwt.exp:
                  title: Not expired
                  defends: replay
                  bypasses: ""
                  spec: RFC 7519
                """;
        assertThatThrownBy(() -> CheckExplanations.parse(yaml, "test.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.yaml: jwt.exp: field 'bypasses' is missing or empty");
    }

    @Test
    void anEntryWithoutAFieldIsRefusedByName() {
        String yaml = "jwt.exp: {title: Not expired, defends: replay, bypasses: old tokens}\n";
        assertThatThrownBy(() -> CheckExplanations.parse(yaml, "test.yaml"))
                .hasMessage("test.yaml: jwt.exp: field 'spec' is missing or empty");
    }

    @Test
    void brokenYamlIsAClearMessage() {
        assertThatThrownBy(() -> CheckExplanations.parse("jwt.exp: [unclosed", "test.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.yaml: not valid YAML");
        assertThatThrownBy(() -> CheckExplanations.parse("- a list", "test.yaml"))
                .hasMessage("test.yaml: expected a mapping from check id to explanation");
    }

    private String spec(String id) {
        return explanations.find(id).orElseThrow().spec();
    }
}
