package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.TraceEvent;
import org.junit.jupiter.api.Test;

class OAuthCodePkceScenarioTest {

    private static final String ID = "oauth-code-pkce";

    @Test
    void byDefaultEachAttackIsStoppedByItsOwnCheck() {
        Runs run = Runs.of(ID);
        assertThat(run.failed()).containsExactly("pkce.verifier", "oauth.state", "oauth.redirect-uri");
        TraceEvent pkce = run.failed("pkce.verifier").get(0);
        assertThat(pkce.actor()).isEqualTo("auth-server");
        assertThat(run.next(pkce, "http.response").orElseThrow().target()).isEqualTo("attacker");
        assertThat(run.leaks()).containsExactly("authorization code");
        assertThat(run.kind("http.response")).noneMatch(e -> e.actor().equals("photos-api")
                && "attacker".equals(e.target()));
        // the app still signs Alice in and reads her photos
        assertThat(run.passed("pkce.verifier")).hasSize(1);
        assertThat(run.statusesTo("photo-app")).contains(200);
    }

    @Test
    void withoutPkceTheInterceptedCodeIsEnough() {
        Runs run = Runs.of(ID, "pkce", "false");
        assertThat(run.failed("pkce.verifier")).isEmpty();
        assertThat(run.kind("check.pass")).noneMatch(e -> e.check().orElseThrow().startsWith("pkce."));
        assertThat(run.leaks()).contains("authorization code", "Alice's photos");
        assertThat(run.failed("oauth.code-reuse")).hasSize(1);
        assertThat(run.statusesTo("alice-browser")).contains(400);
    }

    @Test
    void withoutStateTheForgedCallbackIsCaughtOnlyByPkce() {
        Runs run = Runs.of(ID, "state", "false");
        assertThat(run.failed("oauth.state")).isEmpty();
        assertThat(run.failed("pkce.verifier")).hasSize(2);
        TraceEvent second = run.failed("pkce.verifier").get(1);
        assertThat(second.text("reason").orElseThrow()).contains("no code_verifier");
        assertThat(run.leaks()).doesNotContain("Alice's passport scan");
    }

    @Test
    void withoutStateAndPkceAliceIsLoggedIntoTheAttackersAccount() {
        Runs run = Runs.of(ID, "state", "false", "pkce", "false");
        assertThat(run.leaks()).contains("Alice's passport scan");
        TraceEvent upload = run.kind("http.response").stream()
                .filter(e -> "photo-app".equals(e.target()) && "mallory".equals(e.data().get("subject")))
                .findFirst().orElseThrow();
        assertThat(upload.status()).contains(200);
    }

    @Test
    void prefixMatchingSendsAlicesCodeToTheLookAlikeHost() {
        Runs run = Runs.of(ID, "redirect-match", "prefix");
        assertThat(run.failed("oauth.redirect-uri")).isEmpty();
        assertThat(run.passed("oauth.redirect-uri")).anyMatch(e -> e.text("reason").orElseThrow()
                .contains("not an exact match"));
        assertThat(run.kind("http.request")).anyMatch(e -> "attacker".equals(e.target())
                && e.data().containsKey("code"));
        assertThat(run.leaks()).contains("Alice's photos");
    }

    @Test
    void theImplicitFlowPutsTheTokenInTheUrlWhereItLeaks() {
        Runs run = Runs.of(ID, "flow", "implicit");
        assertThat(run.passed("oauth.response-type")).anyMatch(e -> e.text("reason").orElseThrow()
                .contains("implicit"));
        assertThat(run.kind("http.response")).anyMatch(e -> String.valueOf(e.data().get("location"))
                .contains("#access_token="));
        assertThat(run.leaks()).contains("access token", "Alice's photos", "access token in browser history");
        assertThat(run.kind("check.pass")).noneMatch(e -> e.check().orElseThrow().equals("pkce.verifier"));
    }

    @Test
    void requestsCarryTheirOAuthParametersAndChannel() {
        Runs run = Runs.of(ID);
        TraceEvent authorize = run.kind("http.request").stream().filter(e -> "/authorize".equals(e.data().get("path")))
                .findFirst().orElseThrow();
        assertThat(authorize.data()).containsKeys("client_id", "redirect_uri", "state", "code_challenge")
                .containsEntry("channel", "front").containsEntry("code_challenge_method", "S256");
        TraceEvent token = run.kind("http.request").stream().filter(e -> "photo-app".equals(e.actor())
                && "/token".equals(e.data().get("path"))).findFirst().orElseThrow();
        assertThat(token.data()).containsKeys("code", "code_verifier", "grant_type").containsEntry("channel", "back");
        TraceEvent issued = run.kind("token.issued").get(0);
        assertThat(issued.artifacts()).anyMatch(a -> a.type().equals("jwt") && a.text().startsWith("ey"));
        assertThat(run.kind("server.state")).anyMatch(e -> e.artifacts().stream()
                .anyMatch(a -> a.label().equals("authorization codes") && a.text().contains("challenge=")));
    }
}
