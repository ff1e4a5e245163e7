package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientCredentialsScenarioTest {

    private static final String ID = "client-credentials";

    @Test
    void leastPrivilegeAudienceAndShortLifeEachStopTheThief() {
        Runs run = Runs.of(ID);
        assertThat(run.failed()).containsExactly("jwt.scope", "jwt.aud", "oauth.client-auth", "jwt.exp");
        assertThat(run.failed("jwt.aud").get(0).actor()).isEqualTo("archive-api");
        assertThat(run.failed("oauth.client-auth").get(0).actor()).isEqualTo("auth-server");
        assertThat(run.statusesTo("attacker")).containsExactly(200, 403, 401, 401, 401);
        assertThat(run.leaks()).containsExactly("access token", "open invoices");
        assertThat(run.summary("invoiceChanged")).isEqualTo(false);
        assertThat(run.passed("oauth.client-auth")).hasSize(2);
    }

    @Test
    void aBroadScopeLetsTheThiefChangeAnInvoice() {
        Runs run = Runs.of(ID, "scope", "broad");
        assertThat(run.failed("jwt.scope")).isEmpty();
        assertThat(run.summary("invoiceChanged")).isEqualTo(true);
        assertThat(run.kind("attack.step")).anyMatch(e -> e.caption().contains("attacker's bank account"));
    }

    @Test
    void withoutTheAudienceCheckTheTokenWorksAtAnotherApi() {
        Runs run = Runs.of(ID, "audience-check", "false");
        assertThat(run.failed("jwt.aud")).isEmpty();
        assertThat(run.passed("jwt.aud")).anyMatch(e -> e.actor().equals("archive-api")
                && e.text("reason").orElseThrow().startsWith("no audience required"));
        assertThat(run.leaks()).contains("ten years of archived invoices");
    }

    @Test
    void aLongLifetimeKeepsTheStolenTokenUsefulAnHourLater() {
        Runs run = Runs.of(ID, "ttl", "2h");
        assertThat(run.failed("jwt.exp")).isEmpty();
        assertThat(run.leaks()).containsExactly("access token", "open invoices", "open invoices");
    }
}
