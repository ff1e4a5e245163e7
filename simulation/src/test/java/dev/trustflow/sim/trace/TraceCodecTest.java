package dev.trustflow.sim.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCodecTest {

    private final TraceCodec codec = new TraceCodec();

    private static Trace sample() {
        Topology topology = new Topology(
                List.of(new Actor("a", "A", ActorKind.USER, "internet"), new Actor("b", "B", ActorKind.SERVICE, "internal")),
                List.of(new Link("a", "b", Channel.BACK)));
        TraceEvent request = new TraceEvent(0, Instant.parse("2026-01-01T09:00:00Z"), "http.request", "a", "b",
                "A calls B", Map.of("method", "GET", "attempts", 3), List.of(Artifact.text("note", "hi")));
        TraceEvent response = new TraceEvent(1, Instant.parse("2026-01-01T09:00:01Z"), "http.response", "b", "a",
                "B answers", Map.of("status", 200, "nested", Map.of("n", 1, "list", List.of(1, 2))), List.of());
        return new Trace(Trace.FORMAT, "demo", "Demo", 7, Map.of("limit", 5L, "on", true, "ttl", "PT15M"), topology,
                List.of(request, response), Map.of("count", 2));
    }

    @Test
    void roundTripGivesAnEqualTraceWhateverNumberTypesTheScenarioUsed() throws Exception {
        Trace trace = sample();
        Trace back = codec.parse(codec.toJson(trace), "t.json");
        assertThat(back).isEqualTo(trace);
        assertThat(back.event(1).status()).contains(200);
    }

    @Test
    void declaredPhasesRoundTripBesideTheEventsAndATraceWithoutThemStillReads() throws Exception {
        Trace base = sample();
        Trace phased = new Trace(base.format(), base.scenario(), base.title(), base.seed(), base.options(),
                base.topology(), List.of(new PhaseStart(0, "Call"), new PhaseStart(1, "Answer")), base.events(),
                base.summary());
        String json = codec.toJson(phased);

        assertThat(codec.parse(json, "t.json")).isEqualTo(phased);
        assertThat(json.indexOf("\"phases\"")).isLessThan(json.indexOf("\"events\""));
        String without = codec.toJson(base);
        assertThat(codec.parse(without.replace("\"phases\" : [ ],", ""), "old.json").phases()).isEmpty();
    }

    @Test
    void aPhaseOutsideTheEventsOrOutOfOrderIsNamed() {
        Trace base = sample();
        for (List<PhaseStart> bad : List.of(List.of(new PhaseStart(2, "After")),
                List.of(new PhaseStart(1, "B"), new PhaseStart(0, "A")), List.of(new PhaseStart(0, " ")))) {
            String json = codec.toJson(new Trace(base.format(), base.scenario(), base.title(), base.seed(),
                    base.options(), base.topology(), bad, base.events(), base.summary()));
            assertThatThrownBy(() -> codec.parse(json, "p.json")).isInstanceOf(TraceFormatException.class)
                    .hasMessageStartingWith("p.json: phases[");
        }
    }

    @Test
    void writeIsAtomicAndReadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.json");
        codec.write(sample(), file);
        assertThat(codec.read(file)).isEqualTo(sample());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> codec.parse("{\n\"format\": \"trustflow-trace/1\",\n\"scenario\": ]", "bad.json"))
                .isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("bad.json:3:");
    }

    @Test
    void wrongFormatAndBadKindsAreNamed() {
        String json = codec.toJson(sample());
        assertThatThrownBy(() -> codec.parse(json.replace("trustflow-trace/2", "other/2"), "x.json"))
                .hasMessageContaining("format is 'other/2'");
        assertThatThrownBy(() -> codec.parse(json.replace("\"http.request\"", "\"Shout\""), "x.json"))
                .hasMessageContaining("events[0].kind 'Shout'");
        assertThatThrownBy(() -> codec.parse(json.replace("\"actor\" : \"b\"", "\"actor\" : \"ghost\""), "x.json"))
                .hasMessageContaining("events[1].actor 'ghost'");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        String json = codec.toJson(sample()).replace("\"caption\" : \"A calls B\",", "");
        assertThatThrownBy(() -> codec.parse(json, "x.json")).hasMessageContaining("caption");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> codec.parse(deep, "deep.json")).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("deep.json");
    }
}
