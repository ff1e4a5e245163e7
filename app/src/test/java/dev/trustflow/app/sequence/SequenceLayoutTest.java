package dev.trustflow.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.sequence.SequenceLayout.Column;
import dev.trustflow.app.sequence.SequenceLayout.Row;
import dev.trustflow.app.sequence.SequenceLayout.RowKind;
import dev.trustflow.app.sequence.SequenceLayout.Stroke;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequenceLayoutTest {

    private static final Trace SESSIONS = new ScenarioRunner().run(
            BundledScenarios.catalog().require("sessions-vs-tokens"), Map.of("mode", "jwt"), 42);

    private static Row first(SequenceLayout layout, String kind) {
        return layout.rows().get(SESSIONS.events().stream().filter(e -> e.kind().equals(kind)).findFirst()
                .orElseThrow().seq());
    }

    private static int column(String actor) {
        return SESSIONS.topology().actors().stream().map(Actor::id).toList().indexOf(actor);
    }

    @Test
    void oneColumnPerActorInTopologyOrderAndOneRowPerEvent() {
        SequenceLayout layout = SequenceLayout.of(SESSIONS);

        assertThat(layout.columns()).extracting(Column::actor)
                .containsExactlyElementsOf(SESSIONS.topology().actors().stream().map(Actor::id).toList());
        assertThat(layout.rows()).hasSize(SESSIONS.size());
        for (int i = 0; i < SESSIONS.size(); i++) {
            assertThat(layout.rows().get(i).seq()).isEqualTo(i);
            assertThat(layout.rows().get(i).caption()).isEqualTo(SESSIONS.event(i).caption());
        }
    }

    @Test
    void messagesGoFromActorToTargetInTheirLinksChannel() {
        SequenceLayout layout = SequenceLayout.of(SESSIONS);
        TraceEvent login = SESSIONS.events().stream().filter(e -> e.kind().equals("http.request")
                && "alice-browser".equals(e.actor()) && "auth-server".equals(e.target())).findFirst().orElseThrow();
        Row row = layout.rows().get(login.seq());

        assertThat(row.kind()).isEqualTo(RowKind.MESSAGE);
        assertThat(row.from()).isEqualTo(column("alice-browser"));
        assertThat(row.to()).isEqualTo(column("auth-server"));
        assertThat(row.stroke()).isEqualTo(Stroke.FRONT);
        assertThat(row.text()).isEqualTo("POST /login");

        TraceEvent backChannel = SESSIONS.events().stream().filter(e -> e.target() != null
                && "notes-api".equals(e.actor()) && "auth-server".equals(e.target())).findFirst().orElse(null);
        if (backChannel != null) {
            assertThat(layout.rows().get(backChannel.seq()).stroke()).isEqualTo(Stroke.BACK);
        }
        Row leak = first(layout, "data.leaked");
        assertThat(leak.stroke()).isEqualTo(Stroke.LEAK);
        assertThat(leak.alarm()).isTrue();
        assertThat(leak.text()).startsWith("leaked: ");
        assertThat(first(layout, "attack.step").stroke()).isEqualTo(Stroke.ATTACK);
    }

    @Test
    void checksAreGatesOnTheCheckersLifelineAndJumpsSpanEveryLifeline() {
        SequenceLayout layout = SequenceLayout.of(SESSIONS);

        Row pass = first(layout, "check.pass");
        TraceEvent passEvent = SESSIONS.event(pass.seq());
        assertThat(pass.kind()).isEqualTo(RowKind.GATE);
        assertThat(pass.from()).isEqualTo(pass.to()).isEqualTo(column(passEvent.actor()));
        assertThat(pass.text()).isEqualTo(passEvent.check().orElseThrow());
        assertThat(pass.alarm()).isFalse();
        Row fail = first(layout, "check.fail");
        assertThat(fail.kind()).isEqualTo(RowKind.GATE);
        assertThat(fail.alarm()).isTrue();

        Row jump = first(layout, "clock.jump");
        assertThat(jump.kind()).isEqualTo(RowKind.JUMP);
        assertThat(jump.from()).isZero();
        assertThat(jump.to()).isEqualTo(layout.columns().size() - 1);
        assertThat(jump.text()).matches("\\+\\d+ (s|min|h|d)( \\d+ (s|min|h))?");
    }

    @Test
    void actorsOnlyTheEventsNameGetAColumnAfterTheTopologysAndNoTraceIsEmpty() {
        TraceEvent stray = new TraceEvent(0, Instant.EPOCH, "message.sent", "ghost", "alice", "Boo", Map.of(),
                List.of());
        Trace trace = new Trace(Trace.FORMAT, "s", "T", 1, Map.of(), SESSIONS.topology(), List.of(stray), Map.of());

        SequenceLayout layout = SequenceLayout.of(trace);

        assertThat(layout.columns()).hasSize(SESSIONS.topology().actors().size() + 1);
        assertThat(layout.columns().get(layout.columns().size() - 1).actor()).isEqualTo("ghost");
        assertThat(layout.rows().get(0).from()).isEqualTo(layout.columns().size() - 1);
        assertThat(layout.rows().get(0).stroke()).isEqualTo(Stroke.BACK);
        assertThat(SequenceLayout.of(null)).isEqualTo(SequenceLayout.empty());
    }
}
