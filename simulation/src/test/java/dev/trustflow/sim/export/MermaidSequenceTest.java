package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.present.EventText;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MermaidSequenceTest {

    private static final Pattern ARROW = Pattern.compile("^ {4}(p_\\w+)(->>|-->>|-x|--x)(p_\\w+): (.+)$");

    /** A title, participant, arrow or note line; group 1 is its free text. */
    private static final Pattern STATEMENT = Pattern.compile("^ {4}(?:title |participant p_\\w+ as "
            + "|p_\\w+(?:->>|-->>|-x|--x)p_\\w+: |Note (?:over|right of) p_\\w+(?:,p_\\w+)?: )(.+)$");

    @TempDir
    Path dir;

    private static Trace run(String scenario, Map<String, String> options) {
        return new ScenarioRunner().run(BundledScenarios.catalog().find(scenario).orElseThrow(), options, 42);
    }

    private static List<String> lines(Trace trace) {
        return MermaidSequence.render(trace).lines().toList();
    }

    @Test
    void aRealRunHasAParticipantPerActorAnArrowPerMessageAndANotePerCheckAndJump() {
        Trace trace = run("sessions-vs-tokens", Map.of("mode", "jwt"));
        List<String> lines = lines(trace);

        assertThat(lines.get(0)).isEqualTo("sequenceDiagram");
        assertThat(lines.stream().filter(l -> l.startsWith("    participant "))).containsExactly(
                trace.topology().actors().stream().map(a -> "    participant p_" + a.id().replace('-', '_') + " as "
                        + MermaidText.escape(a.label())).toArray(String[]::new));
        long messages = trace.events().stream().filter(EventText::isMessage).count();
        assertThat(lines.stream().filter(l -> ARROW.matcher(l).matches())).hasSize((int) messages);
        long checks = trace.events().stream().filter(TraceEvent::isCheck).count();
        assertThat(lines.stream().filter(l -> l.matches(" {4}Note over p_\\w+: (pass|FAIL) [a-z.-]+.*")))
                .hasSize((int) checks);
        long jumps = trace.events().stream().filter(EventText::isJump).count();
        assertThat(jumps).isPositive();
        assertThat(lines.stream().filter(l -> l.startsWith("    Note over p_alice,p_attacker: +")))
                .hasSize((int) jumps);
        assertThat(lines).contains("    p_alice_browser-->>p_auth_server: POST /login");
        assertThat(lines).contains("    p_notes_api-xp_attacker: leaked: Alice's notes");
        assertThat(lines.size()).isEqualTo(3 + trace.topology().actors().size() + trace.size());
    }

    @Test
    void everyLineIsAKnownStatementWhoseTextCarriesNoMermaidSpecialCharacterUnescaped() {
        for (String scenario : List.of("sessions-vs-tokens", "oauth-code-pkce", "authn-vs-authz", "api-keys")) {
            List<String> lines = lines(run(scenario, Map.of()));
            for (String line : lines.subList(2, lines.size())) {
                Matcher statement = STATEMENT.matcher(line);
                assertThat(statement.matches()).as(scenario + ": " + line).isTrue();
                String unescaped = statement.group(1).replaceAll("#\\d+;", "");
                assertThat(unescaped).as(scenario + ": " + line).doesNotContainPattern("[#;<>&\"%\\r\\t]");
            }
        }
    }

    @Test
    void hostileLabelsAndCaptionsAreEscapedAndCannotBreakTheLine() {
        Topology topology = new Topology(List.of(new Actor("a", "A; <b>#1</b>", ActorKind.USER, "z"),
                new Actor("end", "End %% of \"it\"", ActorKind.SERVICE, "z")),
                List.of(new Link("a", "end", Channel.FRONT)));
        TraceEvent message = new TraceEvent(0, Instant.EPOCH, "message.sent", "a", "end",
                "line one\nsequenceDiagram; Note over p_a: injected #x", Map.of(), List.of());
        Trace trace = new Trace(Trace.FORMAT, "s", "T", 1, Map.of(), topology, List.of(message), Map.of());

        List<String> lines = lines(trace);

        assertThat(lines).contains("    participant p_a as A#59; #60;b#62;#35;1#60;/b#62;",
                "    participant p_end as End #37;#37; of #34;it#34;",
                "    p_a-->>p_end: line one sequenceDiagram#59; Note over p_a: injected #35;x");
        assertThat(lines).hasSize(6);
    }

    @Test
    void writeReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Trace trace = run("jwt-anatomy", Map.of());
        Path file = dir.resolve("out/trace.mmd");

        MermaidSequence.write(trace, file);
        MermaidSequence.write(trace, file);

        assertThat(Files.readString(file)).isEqualTo(MermaidSequence.render(trace));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
