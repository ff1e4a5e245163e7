package dev.trustflow.sim.scenarios.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value of every what-if changes what happens, and a run is the same for the same seed. */
class CredentialScenariosWhatIfTest {

    private static final List<String> IDS = List.of("replay", "api-keys", "mfa-and-rate-limits");

    /** Every non-default value of every option of the three scenarios. */
    static Stream<Arguments> everyOptionValue() {
        List<Arguments> all = new ArrayList<>();
        for (String id : IDS) {
            for (OptionSpec spec : BundledScenarios.catalog().require(id).options()) {
                for (Object value : alternatives(spec)) {
                    all.add(Arguments.of(id, spec.key(), value));
                }
            }
        }
        return all.stream();
    }

    private static List<Object> alternatives(OptionSpec spec) {
        switch (spec.type()) {
            case BOOLEAN:
                return List.of(!(Boolean) spec.defaultValue());
            case CHOICE:
                return spec.choices().stream().filter(c -> !c.equals(spec.defaultValue())).map(c -> (Object) c).toList();
            case DURATION:
                return List.of(Duration.ofMinutes(5));
            default:
                return List.of(5L);
        }
    }

    /** What happened, without the random bytes: who did what to whom, which checks passed, which statuses came back. */
    private static List<String> outcome(Trace trace) {
        return trace.events().stream().map(CredentialScenariosWhatIfTest::line).toList();
    }

    private static String line(TraceEvent e) {
        return e.kind() + " " + e.actor() + ">" + e.target() + " " + e.check().orElse("") + " "
                + e.status().map(String::valueOf).orElse("") + " " + e.text("outcome").orElse("");
    }

    @ParameterizedTest(name = "{0}: {1}={2}")
    @MethodSource("everyOptionValue")
    void everyWhatIfChangesWhatHappens(String id, String key, Object value) {
        Scenario scenario = BundledScenarios.catalog().require(id);
        ScenarioRunner runner = new ScenarioRunner();
        Trace base = runner.run(scenario, Options.defaults(scenario.options()), 5);
        Trace changed = runner.run(scenario, Options.defaults(scenario.options()).with(key, value), 5);
        assertThat(outcome(changed)).isNotEqualTo(outcome(base));
    }

    @ParameterizedTest(name = "{0}: {1}={2}")
    @MethodSource("everyOptionValue")
    void everyRunSurvivesTheTraceFormat(String id, String key, Object value) throws Exception {
        Scenario scenario = BundledScenarios.catalog().require(id);
        Trace trace = new ScenarioRunner().run(scenario, Options.defaults(scenario.options()).with(key, value), 3);
        TraceCodec codec = new TraceCodec();
        Trace back = codec.parse(codec.toJson(trace), id + ".json");
        assertThat(outcome(back)).isEqualTo(outcome(trace));
    }

    @ParameterizedTest
    @ValueSource(strings = {"replay", "api-keys", "mfa-and-rate-limits"})
    void sameSeedSameStory(String id) {
        Scenario scenario = BundledScenarios.catalog().require(id);
        Options options = Options.defaults(scenario.options());
        if (id.equals("mfa-and-rate-limits")) {
            options = options.with("mfa", true).with("rate-limit", 5L);
        } else if (id.equals("api-keys")) {
            options = options.with("key-in-url", true);
        } else {
            options = options.with("nonce-store", true);
        }
        Trace a = new ScenarioRunner().run(scenario, options, 11);
        Trace b = new ScenarioRunner().run(scenario, options, 11);
        assertThat(story(b)).isEqualTo(story(a));
        assertThat(b.summary()).isEqualTo(a.summary());
        assertThat(b.topology()).isEqualTo(a.topology());
    }

    private static List<String> story(Trace trace) {
        return trace.events().stream().map(e -> e.seq() + " " + e.at() + " " + line(e) + " " + e.caption()
                + " " + e.data().get("passed")).toList();
    }
}
