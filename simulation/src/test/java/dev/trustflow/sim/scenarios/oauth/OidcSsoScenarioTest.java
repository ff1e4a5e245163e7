package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class OidcSsoScenarioTest {

    private static final String ID = "oidc-and-sso";

    @Test
    void aliceTypesHerPasswordOnceForTwoApps() {
        Runs run = Runs.of(ID);
        List<TraceEvent> passwords = run.kind("http.request").stream()
                .filter(e -> "/login".equals(e.data().get("path")) && "POST".equals(e.data().get("method"))).toList();
        assertThat(passwords).hasSize(1);
        assertThat(run.passed("session.lookup")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(run.statusesTo("alice-browser")).contains(302);
        assertThat(run.passed("oidc.nonce")).hasSize(2);
        assertThat(run.passed("oidc.aud")).extracting(TraceEvent::actor).contains("mail-app", "calendar-app");
    }

    @Test
    void eachForeignTokenIsRefusedByItsOwnCheck() {
        Runs run = Runs.of(ID);
        assertThat(run.failed()).containsExactly("oidc.aud", "oidc.nonce", "oidc.token-type");
        assertThat(run.statusesTo("attacker").stream().filter(s -> s == 401)).hasSize(3);
        assertThat(run.summary("leaks")).isEqualTo(0L);
    }

    @Test
    void withoutTheAudienceCheckTheQuizsIdTokenLogsTheAttackerIn() {
        Runs run = Runs.of(ID, "aud-check", "false");
        assertThat(run.failed()).containsExactly("oidc.nonce", "oidc.token-type");
        assertThat(run.leaks()).contains("Alice's calendar");
    }

    @Test
    void withoutANonceAnOldIdTokenCanBeReplayed() {
        Runs run = Runs.of(ID, "nonce", "false");
        assertThat(run.failed()).containsExactly("oidc.aud", "oidc.token-type");
        assertThat(run.kind("http.request")).filteredOn(e -> "calendar-app".equals(e.data().get("client_id")))
                .isNotEmpty().noneMatch(e -> e.data().containsKey("nonce"));
        assertThat(run.leaks()).contains("Alice's calendar");
    }

    @Test
    void withoutTheTypeCheckAnAccessTokenPassesForALogin() {
        Runs run = Runs.of(ID, "token-type-check", "false");
        assertThat(run.failed()).containsExactly("oidc.aud", "oidc.nonce");
        assertThat(run.passed("oidc.nonce")).anyMatch(e -> e.text("reason").orElseThrow().startsWith("skipped"));
        assertThat(run.leaks()).contains("Alice's calendar");
    }
}
