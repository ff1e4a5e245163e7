package dev.trustflow.sim.blast;

import static dev.trustflow.sim.blast.TraceHoldingsTest.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Breach here" on refresh-rotation: the same actor reaches more or less depending on the step. */
class BreachTest {

    private static Trace run;

    @BeforeAll
    static void play() {
        run = new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 7);
    }

    @Test
    void beforeTheTheftTheNotesAppOpensTheApiAndTheAuthorizationServer() {
        int theft = first(run, e -> e.kind().equals("attack.step"));
        Breach breach = Breach.of(run, theft - 1, "notes-app");
        assertThat(breach.reach().actors()).containsExactly("notes-app", "notes-api", "auth-server");
        assertThat(breach.spread()).extracting(r -> r.opener().id()).containsExactly("at-1", "family-1/1");
        assertThat(breach.spread()).extracting(r -> r.via().from()).containsOnly("notes-app");
        assertThat(breach.whyStopped()).isEmpty();
        assertThat(breach.others()).isEqualTo(4);
        assertThat(breach.at()).isEqualTo(run.event(theft - 1).at());
    }

    @Test
    void onceTheAccessTokenHasExpiredOnlyTheRefreshTokenOpensAnything() {
        int jump = first(run, e -> e.kind().equals("clock.jump") && e.at().toString().startsWith("2026-01-01T09:16"));
        Breach breach = Breach.of(run, jump, "notes-app");
        assertThat(breach.reach().actors()).containsExactly("notes-app", "auth-server");
        assertThat(breach.reach().held()).doesNotContainKey("at-1");
    }

    @Test
    void afterTheFamilyIsRevokedTheNotesAppReachesNoOneAndSaysWhy() {
        int revoked = first(run, e -> e.kind().equals("token.revoked"));
        Breach breach = Breach.of(run, revoked, "notes-app");
        assertThat(breach.reach().actors()).containsExactly("notes-app");
        assertThat(breach.spread()).isEmpty();
        assertThat(breach.whyStopped()).hasValue("Notes app (phone) holds no valid credential at 09:16.");
    }

    @Test
    void aScenarioWithoutWalletsReachesJustTheActorAndSaysSo() {
        Trace plain = new ScenarioRunner().run(BundledScenarios.catalog().require("hash-mac-signature"), Map.of(), 7);
        String actor = plain.topology().actors().get(0).id();
        Breach breach = Breach.of(plain, plain.size() - 1, actor);
        assertThat(breach.reach().actors()).containsExactly(actor);
        assertThat(breach.whyStopped()).hasValueSatisfying(why -> assertThat(why)
                .contains("no wallet is recorded").contains(plain.topology().actors().get(0).label()));
    }

    @Test
    void anActorTheWorldDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> Breach.of(run, 0, "nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody");
    }
}
