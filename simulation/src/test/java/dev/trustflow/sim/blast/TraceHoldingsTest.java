package dev.trustflow.sim.blast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Credential;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wallets rebuilt from refresh-rotation's trace at the steps its story turns on. */
class TraceHoldingsTest {

    private static Trace run;

    @BeforeAll
    static void play() {
        run = new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 7);
    }

    static int first(Trace trace, Predicate<TraceEvent> which) {
        return trace.events().stream().filter(which).findFirst().orElseThrow().seq();
    }

    static int firstCheck(Trace trace, String kind, String check) {
        return first(trace, e -> e.kind().equals(kind) && e.check().filter(check::equals).isPresent());
    }

    private static Iterable<String> ids(TraceHoldings holdings, String actor) {
        return holdings.heldBy(actor).stream().map(Credential::id).toList();
    }

    @Test
    void beforeAnyTokenIsIssuedTheNotesAppHoldsNothing() {
        assertThat(TraceHoldings.at(run, 0).heldBy("notes-app")).isEmpty();
    }

    @Test
    void afterSignInTheNotesAppHoldsItsAccessAndRefreshTokens() {
        int signedIn = first(run, e -> e.kind().equals("http.response") && "notes-app".equals(e.target()));
        TraceHoldings holdings = TraceHoldings.at(run, signedIn);
        assertThat(ids(holdings, "notes-app")).containsExactly("at-1", "family-1/1");
        assertThat(holdings.heldBy("notes-app")).filteredOn(c -> c.id().equals("at-1")).singleElement()
                .satisfies(c -> assertThat(c.opens()).containsExactly("notes-api"));
    }

    @Test
    void theThiefsRefreshReplacesTheStolenTokenWithTheRotatedOne() {
        int stolen = first(run, e -> e.kind().equals("data.leaked"));
        assertThat(ids(TraceHoldings.at(run, stolen), "attacker")).containsExactly("family-1/1");
        int rotated = first(run, e -> e.kind().equals("http.response") && "attacker".equals(e.target()));
        assertThat(ids(TraceHoldings.at(run, rotated), "attacker")).containsExactly("at-2", "family-1/2");
    }

    @Test
    void theRevokedFamilyAndTheExpiredAccessTokenAreGone() {
        int revoked = first(run, e -> e.kind().equals("token.revoked"));
        TraceHoldings holdings = TraceHoldings.at(run, revoked);
        assertThat(holdings.heldBy("notes-app")).isEmpty();
        // the thief's access token outlives the family: revocation cannot reach it
        assertThat(ids(holdings, "attacker")).containsExactly("at-2");
    }

    @Test
    void theClockJumpPastTheAccessTokensExpiryTakesItAway() {
        int jump = first(run, e -> e.kind().equals("clock.jump") && e.at().toString().startsWith("2026-01-01T09:16"));
        assertThat(ids(TraceHoldings.at(run, jump - 1), "notes-app")).contains("at-1");
        assertThat(ids(TraceHoldings.at(run, jump), "notes-app")).doesNotContain("at-1").contains("family-1/1");
    }

    @Test
    void aStepOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> TraceHoldings.at(run, run.size())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refresh-rotation");
    }

    @Test
    void knowsWhetherTheRunRecordsWalletsAtAll() {
        assertThat(TraceHoldings.at(run, 0).recordsWallets()).isTrue();
        Trace plain = new ScenarioRunner().run(BundledScenarios.catalog().require("hash-mac-signature"), Map.of(), 7);
        assertThat(TraceHoldings.at(plain, plain.size() - 1).recordsWallets()).isFalse();
    }
}
