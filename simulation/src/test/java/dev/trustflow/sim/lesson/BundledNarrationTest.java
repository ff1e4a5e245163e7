package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.OptionType;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled lessons' narration binds in every what-if run a lesson offers, not only in its default run. */
class BundledNarrationTest {

    private final ScenarioCatalog catalog = BundledScenarios.catalog();

    @Test
    void everyCueWrittenForAWhatIfBindsInThatRun() {
        for (Lesson lesson : new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons()) {
            Scenario scenario = catalog.require(lesson.scenario());
            for (Map<String, Object> variant : variants(lesson, scenario)) {
                Options options = Options.defaults(scenario.options()).with(lesson.options()).with(variant);
                Trace trace = new ScenarioRunner().run(scenario, options, 1);
                NarrationTrack track = NarrationTrack.bind(lesson.narration(), trace);
                List<NarrationCue> missed = track.unbound().stream().filter(c -> !c.onlyIf().isEmpty()).toList();
                assertThat(missed).as("%s with %s", lesson.id(), trace.options()).isEmpty();
                assertThat(track.bindings()).as("%s with %s", lesson.id(), trace.options()).isNotEmpty();
            }
        }
    }

    @Test
    void theHashLessonNarratesEachProtectionAtItsDecidingCheck() {
        Lesson lesson = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().find("hash-mac-signature").orElseThrow();
        Scenario scenario = catalog.require("hash-mac-signature");
        Map<String, String> textAtBobsCheck = Map.of(
                "hash", "They match, because the attacker computed that digest",
                "hmac", "the real HMAC-SHA256 comparison fails",
                "signature", "the real ECDSA verification fails");
        textAtBobsCheck.forEach((protection, expected) -> {
            Trace trace = new ScenarioRunner().run(scenario, Map.of("protection", protection), 1);
            int bobsCheck = trace.events().stream().filter(e -> e.isCheck() && e.actor().equals("bob"))
                    .findFirst().orElseThrow().seq();
            NarrationTrack track = NarrationTrack.bind(lesson.narration(), trace);
            assertThat(track.textAt(bobsCheck)).as(protection).get().asString().contains(expected);
        });
    }

    @Test
    void theJwtLessonNamesTheCheckThatDecidesEachForgeryAndEveryLeak() {
        Lesson lesson = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().find("jwt-anatomy").orElseThrow();
        Scenario scenario = catalog.require("jwt-anatomy");
        for (Map<String, Object> variant : variants(lesson, scenario)) {
            Trace trace = new ScenarioRunner().run(scenario, Options.defaults(scenario.options()).with(lesson.options()).with(variant), 1);
            NarrationTrack track = NarrationTrack.bind(lesson.narration(), trace);
            Object failed = trace.summary().get("failedCheck");
            for (TraceEvent e : trace.events()) {
                if (failed != null && e.kind().equals("check.fail") && e.check().orElse("").equals(failed)) {
                    assertThat(track.textAt(e.seq())).as("%s", variant).get().asString().contains(failed + " fails");
                    break;
                }
                if (e.kind().equals("data.leaked")) {
                    assertThat(track.textAt(e.seq())).as("%s", variant).get().asString().startsWith("Leak:");
                }
            }
        }
    }

    @Test
    void theAuthorizationLessonExplainsEachStatusMalloryGets() {
        Lesson lesson = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().find("authn-vs-authz").orElseThrow();
        Scenario scenario = catalog.require("authn-vs-authz");
        Map<Integer, String> meaning = Map.of(401, "401 Unauthorized", 403, "403 Forbidden", 200, "200 OK");
        for (Map<String, Object> variant : variants(lesson, scenario)) {
            Trace trace = new ScenarioRunner().run(scenario, Options.defaults(scenario.options()).with(lesson.options()).with(variant), 1);
            NarrationTrack track = NarrationTrack.bind(lesson.narration(), trace);
            TraceEvent answer = trace.events().stream()
                    .filter(e -> e.kind().equals("http.response") && "mallory-app".equals(e.target()))
                    .findFirst().orElseThrow();
            String text = track.textAt(answer.seq()).orElseThrow();
            if (trace.events().stream().anyMatch(e -> e.kind().equals("data.leaked"))) {
                assertThat(track.textAt(trace.size() - 1)).as("%s", variant).get().asString().startsWith("Leak:");
            } else {
                assertThat(text).as("%s", variant).contains(meaning.get(answer.status().orElseThrow()));
            }
        }
    }

    /** Every combination of the values the lesson's what-ifs can take (choices, both booleans). */
    @Test
    void theTlsLessonNamesTheRealAlertAtEveryRefusalAndCallsEveryInterceptionALeak() {
        Lesson lesson = new LessonLibrary(LessonParser.withoutRuns()).loadBundled().find("tls-and-certificates").orElseThrow();
        Scenario scenario = catalog.require("tls-and-certificates");
        for (String cert : List.of("valid", "self-signed", "expired", "wrong-host")) {
            for (String attacker : List.of("none", "mitm", "mitm-trusted")) {
                Trace trace = new ScenarioRunner().run(scenario, Map.of("server-cert", cert, "attacker", attacker), 1);
                NarrationTrack track = NarrationTrack.bind(lesson.narration(), trace);
                for (TraceEvent e : trace.events()) {
                    if (e.kind().equals("tls.alert") && e.actor().equals("browser")) {
                        assertThat(track.textAt(e.seq())).as("%s %s", cert, attacker).get().asString()
                                .contains(e.text("alert").orElseThrow());
                    }
                    if (e.kind().equals("data.leaked")) {
                        assertThat(track.textAt(e.seq())).as("%s %s", cert, attacker).get().asString()
                                .startsWith("Leak:");
                    }
                }
            }
        }
    }

    private static List<Map<String, Object>> variants(Lesson lesson, Scenario scenario) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of());
        for (String key : lesson.whatIfs()) {
            OptionSpec spec = scenario.options().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            List<Object> values = new ArrayList<>();
            if (spec.type() == OptionType.CHOICE) {
                values.addAll(spec.choices());
            } else if (spec.type() == OptionType.BOOLEAN) {
                values.add(true);
                values.add(false);
            } else {
                values.add(spec.defaultValue());
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (Object value : values) {
                    Map<String, Object> combined = new LinkedHashMap<>(partial);
                    combined.put(key, value);
                    next.add(combined);
                }
            }
            out = next;
        }
        return out;
    }
}
