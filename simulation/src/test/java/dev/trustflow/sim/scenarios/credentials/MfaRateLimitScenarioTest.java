package dev.trustflow.sim.scenarios.credentials;

import static dev.trustflow.sim.scenarios.credentials.Runs.failed;
import static dev.trustflow.sim.scenarios.credentials.Runs.kind;
import static dev.trustflow.sim.scenarios.credentials.Runs.passed;
import static dev.trustflow.sim.scenarios.credentials.Runs.responsesTo;
import static dev.trustflow.sim.scenarios.credentials.Runs.run;
import static dev.trustflow.sim.scenarios.credentials.Runs.seqOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MfaRateLimitScenarioTest {

    private static List<String> takenOver(Trace t) {
        return kind(t, "data.leaked").stream().flatMap(e -> e.text("account").stream()).toList();
    }

    private static List<String> bodiesToAttacker(Trace t) {
        return responsesTo(t, "attacker").stream().map(e -> e.text("body").orElseThrow()).toList();
    }

    @Test
    void withoutDefencesReusedAndGuessedPasswordsTakeOverAccounts() {
        Trace t = run("mfa-and-rate-limits");
        assertThat(takenOver(t)).containsExactly("bob@example.com", "carol@example.com");
        assertThat(passed(t, "password.bcrypt")).extracting(e -> e.text("reason").orElseThrow())
                .anyMatch(r -> r.contains("bob@example.com"));
        assertThat(bodiesToAttacker(t)).contains("No account with this email.", "Wrong password.");
        assertThat(kind(t, "data.leaked")).extracting(TraceEvent::caption).anyMatch(c -> c.contains("3 of 7"));
        assertThat(failed(t, "ratelimit.bucket")).isEmpty();
        assertThat(kind(t, "clock.jump")).isEmpty();
    }

    @Test
    void mfaStopsBothTakeoversWhileCarolsOwnCodesPass() {
        Trace t = run("mfa-and-rate-limits", "mfa=true");
        assertThat(takenOver(t)).isEmpty();
        assertThat(failed(t, "mfa.totp")).hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("login-api"));
        assertThat(passed(t, "mfa.totp")).hasSize(2);
        assertThat(kind(t, "alert.raised")).extracting(TraceEvent::caption)
                .anyMatch(c -> c.contains("bob@example.com")).anyMatch(c -> c.contains("carol@example.com"));
        assertThat(kind(t, "key.created").get(0).artifacts().get(0).text()).startsWith("otpauth://totp/");
    }

    @Test
    void aPerAccountLimitStopsTheGuessingAndLocksOutTheRealCarolToo() {
        Trace t = run("mfa-and-rate-limits", "rate-limit=5");
        assertThat(takenOver(t)).containsExactly("bob@example.com");
        assertThat(failed(t, "ratelimit.bucket")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text("reason").orElseThrow()).contains("per account carol@example.com"));
        assertThat(responsesTo(t, "carol")).extracting(e -> e.status().orElseThrow()).contains(429);
        assertThat(kind(t, "clock.jump")).singleElement().satisfies(e -> assertThat(e.text("by")).contains("PT15M"));
        assertThat(kind(t, "attack.step")).extracting(TraceEvent::caption).anyMatch(c -> c.contains("gives up"));
    }

    @Test
    void aLooserLimitOnlySlowsTheGuessing() {
        Trace t = run("mfa-and-rate-limits", "rate-limit=10");
        assertThat(takenOver(t)).containsExactly("bob@example.com", "carol@example.com");
        int carolTakeover = kind(t, "data.leaked").stream()
                .filter(e -> e.text("account").map("carol@example.com"::equals).orElse(false))
                .findFirst().orElseThrow().seq();
        assertThat(carolTakeover).isGreaterThan(seqOf(t, "clock.jump"));
    }

    @Test
    void aPerIpLimitBlocksTheAttackersAddressButNotCarol() {
        Trace t = run("mfa-and-rate-limits", "per-ip-limit=true");
        assertThat(failed(t, "ratelimit.bucket")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.text("reason").orElseThrow()).contains("per IP 203.0.113.7"));
        assertThat(responsesTo(t, "carol")).extracting(e -> e.status().orElseThrow()).doesNotContain(429);
        assertThat(kind(t, "clock.jump")).hasSize(1);
    }

    @Test
    void uniformErrorsHideWhichAccountsExist() {
        Trace t = run("mfa-and-rate-limits", "uniform-errors=true");
        assertThat(bodiesToAttacker(t)).doesNotContain("No account with this email.", "Wrong password.")
                .contains("Invalid email or password.");
        assertThat(kind(t, "data.leaked")).extracting(TraceEvent::caption).noneMatch(c -> c.contains("which addresses"));
        assertThat(takenOver(t)).containsExactly("bob@example.com");
        assertThat(failed(t, "password.bcrypt")).extracting(e -> e.text("reason").orElseThrow())
                .anyMatch(r -> r.contains("dummy hash"));
    }

    @Test
    void theUserTableIsStoredOnceButEveryAttemptRunsRealBcryptAgainstIt() {
        Scenario scenario = BundledScenarios.catalog().require("mfa-and-rate-limits");
        ScenarioRunner runner = new ScenarioRunner();
        Trace first = runner.run(scenario, Map.of(), 1);
        Trace second = runner.run(scenario, Map.of("mfa", "true"), 2);
        assertThat(userTable(second)).isEqualTo(userTable(first)).contains("$2b$05$");
        long bcryptChecks = passed(second, "password.bcrypt").size() + failed(second, "password.bcrypt").size();
        long passwordRequests = second.events().stream().filter(e -> e.kind().equals("http.request"))
                .filter(e -> e.text("path").map("/login"::equals).orElse(false)).count();
        assertThat(bcryptChecks).isEqualTo(passwordRequests).isEqualTo(18);
    }

    @Test
    void theAttackerHoldsCarolsPasswordOnlyWhenItGuessedIt() {
        assertThat(wallet(run("mfa-and-rate-limits"))).contains("stolen attacker carol-password",
                "issued attacker password bob@example.com");
        assertThat(wallet(run("mfa-and-rate-limits", "rate-limit=5"))).doesNotContain("stolen attacker carol-password");
    }

    private static String userTable(Trace t) {
        return kind(t, "accounts.stored").get(0).artifacts().get(0).text();
    }

    @SuppressWarnings("unchecked")
    static List<String> wallet(Trace t) {
        return t.events().stream().filter(e -> e.data().get("wallet") instanceof List)
                .flatMap(e -> ((List<Map<String, Object>>) e.data().get("wallet")).stream())
                .map(c -> c.get("op") + " " + c.get("holder") + " " + c.get("id")).toList();
    }
}
