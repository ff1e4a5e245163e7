package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    private static final String ID = SignedTokenTestScenario.ID;

    @Test
    void jsonIsATraceThatTheCodecReadsBack() throws Exception {
        CliRun run = CliRun.of("run", ID, "--seed", "7", "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        Trace trace = new TraceCodec().parse(run.out(), "stdout");
        assertThat(trace.scenario()).isEqualTo(ID);
        assertThat(trace.seed()).isEqualTo(7);
        assertThat(trace.options()).containsEntry("tamper", true).containsEntry("lifetime", "PT15M");
        assertThat(trace.events()).filteredOn(TraceEvent::isCheck)
                .extracting(TraceEvent::kind).containsExactly(EventKinds.CHECK_PASS, EventKinds.CHECK_FAIL);
    }

    @Test
    void settingsChangeTheRun() throws Exception {
        CliRun run = CliRun.of("run", ID, "--set", "tamper=false", "--set", "requests=2", "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        Trace trace = new TraceCodec().parse(run.out(), "stdout");
        assertThat(trace.options()).containsEntry("tamper", false).containsEntry("requests", 2L);
        assertThat(trace.events()).filteredOn(TraceEvent::isCheck)
                .extracting(TraceEvent::kind).containsExactly(EventKinds.CHECK_PASS, EventKinds.CHECK_PASS);
    }

    @Test
    void textListsEventsChecksStatusesAndSummary() {
        CliRun run = CliRun.of("run", ID);

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("signed-token-test: Signed token (test)  (seed 42)",
                "options: tamper=true, audience=orders, lifetime=PT15M, requests=1",
                "2026-01-01 09:00:00.000",
                "client -> gateway",
                "pass jwt.signature: ES256 signature verifies with key k1",
                "FAIL jwt.signature: ES256 signature does not verify with key k1",
                "[HTTP 401]", "[HTTP 200]",
                "artifact jwt \"access token\"",
                "summary:", "token: ES256");
    }

    @Test
    void unknownScenarioNamesTheKnownOnes() {
        CliRun run = CliRun.of("run", "jwt-anatomi");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("unknown scenario 'jwt-anatomi'; known: signed-token-test",
                "Run 'trustflow-cli run --help' for usage.");
    }

    @Test
    void unknownScenarioInAnEmptyCatalogSaysNoneAreInstalled() {
        CliRun run = CliRun.with(new ScenarioCatalog(List.of()), "run", "x");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).isEqualTo("unknown scenario 'x'; no scenarios are installed");
    }

    @Test
    void setWithoutEqualsNamesTheScenariosOptions() {
        CliRun run = CliRun.of("run", ID, "--set", "tamper");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "--set 'tamper' is not key=value; options of signed-token-test: tamper, audience, lifetime, requests",
                "Run 'trustflow-cli run --help' for usage.");
    }

    @Test
    void unknownOptionKeyNamesTheScenariosOptions() {
        CliRun run = CliRun.of("run", ID, "--set", "pkce=false");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0))
                .isEqualTo("unknown option 'pkce'; this scenario has tamper, audience, lifetime, requests");
    }

    @Test
    void badOptionValueSaysWhatIsAllowed() {
        CliRun run = CliRun.of("run", ID, "--set", "requests=9");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "option 'requests': '9' is not allowed; expected a whole number from 1 to 3",
                "Run 'trustflow-cli run --help' for usage.");
    }

    @Test
    void badSeedSaysWhatASeedIs() {
        CliRun run = CliRun.of("run", ID, "--seed", "forty-two");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("--seed", "'forty-two' is not a whole number");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void missingScenarioIsAUsageError() {
        CliRun run = CliRun.of("run");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).contains("<scenario>");
    }
}
