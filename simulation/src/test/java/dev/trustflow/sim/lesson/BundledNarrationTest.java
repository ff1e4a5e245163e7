package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled lessons' narration binds in every what-if run a lesson offers, not only in its default run. */
class BundledNarrationTest {

    private final ScenarioCatalog catalog = new ScenarioCatalog();

    @Test
    void everyCueWrittenForAWhatIfBindsInThatRun() {
        for (Lesson lesson : new LessonLibrary().loadBundled().lessons()) {
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
        Lesson lesson = new LessonLibrary().loadBundled().find("hash-mac-signature").orElseThrow();
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

    /** The option values the lesson's what-ifs can take: for a choice each choice, for a boolean both. */
    private static List<Map<String, Object>> variants(Lesson lesson, Scenario scenario) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(Map.of());
        for (String key : lesson.whatIfs()) {
            OptionSpec spec = scenario.options().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            switch (spec.type()) {
                case CHOICE:
                    spec.choices().forEach(c -> out.add(Map.of(key, c)));
                    break;
                case BOOLEAN:
                    out.add(Map.of(key, true));
                    out.add(Map.of(key, false));
                    break;
                default:
                    break;
            }
        }
        return out;
    }
}
