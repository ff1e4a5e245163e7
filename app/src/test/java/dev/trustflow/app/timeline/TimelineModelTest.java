package dev.trustflow.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineModelTest {

    private final Player player = new Player(new ManualTickSource());
    private final TimelineModel timeline = new TimelineModel(player);

    @Test
    void nothingLoadedShowsNothing() {
        assertThat(timeline.markers()).isEmpty();
        assertThat(timeline.clockProperty().get()).isEmpty();
        assertThat(timeline.positionProperty().get()).isEmpty();
    }

    @Test
    void oneMarkerPerEventStyledByKind() {
        Trace trace = Traces.courier(Map.of("tamper", true));
        player.load(trace);
        assertThat(timeline.markers()).hasSize(trace.size());
        assertThat(timeline.markers()).extracting(EventMarker::styleClass).contains("marker-check-fail",
                "marker-http-request", "marker-attack-step");
        assertThat(timeline.markers().get(0).tooltip()).startsWith("1 · http.request — Alice sends");
    }

    @Test
    void positionAndVirtualTimeFollowTheCursor() {
        Trace trace = Traces.courier(Map.of("requests", 2L));
        player.load(trace);
        assertThat(timeline.positionProperty().get()).isEqualTo(trace.size() + " steps");
        assertThat(timeline.clockProperty().get()).isEqualTo("09:00:00");
        timeline.jumpTo(0);
        assertThat(timeline.positionProperty().get()).isEqualTo("Step 1 of " + trace.size());
        player.end();
        assertThat(timeline.clockProperty().get()).contains("(+20 min)");
    }

    private Trace refreshRotation() {
        return new ScenarioRunner().run(BundledScenarios.catalog().require("refresh-rotation"), Map.of(), 42);
    }

    @Test
    void phasesCoverEveryMarkerOnceAndTheCurrentOneFollowsTheCursor() {
        Trace trace = refreshRotation();
        player.load(trace);

        assertThat(timeline.phases()).hasSizeGreaterThan(3);
        assertThat(timeline.phases().stream().mapToInt(p -> p.markers().size()).sum()).isEqualTo(trace.size());
        assertThat(timeline.phases().get(0).title()).isEqualTo("Alice signs in");
        assertThat(timeline.currentPhaseProperty().get()).isEqualTo(-1);
        assertThat(timeline.phaseTitleProperty().get()).isEmpty();

        PhaseGroup third = timeline.phases().get(2);
        timeline.jumpTo(third.last());
        assertThat(timeline.currentPhaseProperty().get()).isEqualTo(2);
        assertThat(timeline.phaseTitleProperty().get()).startsWith(third.title()).endsWith("3/"
                + timeline.phases().size());
    }

    @Test
    void nextAndPreviousPhaseJumpToAPhasesFirstStep() {
        player.load(refreshRotation());
        PhaseGroup first = timeline.phases().get(0);
        PhaseGroup second = timeline.phases().get(1);

        timeline.nextPhase();
        assertThat(player.getCursor()).isEqualTo(first.first());
        timeline.nextPhase();
        assertThat(player.getCursor()).isEqualTo(second.first());
        timeline.jumpTo(second.first() + 1);
        timeline.previousPhase();
        assertThat(player.getCursor()).as("back to the start of the phase it is in").isEqualTo(second.first());
        timeline.previousPhase();
        assertThat(player.getCursor()).as("then the phase before").isEqualTo(first.first());

        player.end();
        int last = player.getCursor();
        timeline.nextPhase();
        assertThat(player.getCursor()).as("no phase after the last").isEqualTo(last);
    }

    @Test
    void aShortPhaseStillGetsHalfAnEvenShareOfTheWidth() {
        player.load(refreshRotation());
        double total = timeline.phases().stream().mapToDouble(PhaseGroup::weight).sum();
        int phases = timeline.phases().size();

        assertThat(timeline.phases()).anySatisfy(p -> assertThat(p.markers().size()).isLessThan(5));
        assertThat(timeline.phases()).allSatisfy(p -> assertThat(p.weight() / total)
                .isGreaterThanOrEqualTo(0.5 / phases));
    }
}
