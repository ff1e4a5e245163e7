package dev.trustflow.app.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.Traces;
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
}
