package dev.trustflow.sim.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTextTest {

    private static TraceEvent event(String kind, String target, Map<String, Object> data, List<Artifact> artifacts) {
        return new TraceEvent(0, Instant.EPOCH, kind, "a", target, "The whole caption", data, artifacts);
    }

    @Test
    void arrowsSayTheRequestLineTheStatusWhatLeakedAndTheAttackStep() {
        assertThat(EventText.arrow(event("http.request", "b", Map.of("method", "GET", "path", "/orders/1002"),
                List.of()))).isEqualTo("GET /orders/1002");
        assertThat(EventText.arrow(event("http.response", "b", Map.of("status", 401), List.of())))
                .isEqualTo("401 Unauthorized");
        assertThat(EventText.arrow(event("http.response", "b", Map.of("status", 418), List.of())))
                .isEqualTo("HTTP 418");
        assertThat(EventText.arrow(event("data.leaked", "b", Map.of("what", "refresh token"), List.of())))
                .isEqualTo("leaked: refresh token");
        assertThat(EventText.arrow(event("attack.step", "b", Map.of("technique", "login CSRF"), List.of())))
                .isEqualTo("attack: login CSRF");
        assertThat(EventText.arrow(event("token.issued", "b", Map.of(),
                List.of(new Artifact("jwt", "access token", "x.y.z"))))).isEqualTo("access token");
        assertThat(EventText.arrow(event("message.sent", "b", Map.of(), List.of()))).isEqualTo("The whole caption");
    }

    @Test
    void onlyEventsBetweenTwoDifferentActorsAreMessages() {
        assertThat(EventText.isMessage(event("http.request", "b", Map.of(), List.of()))).isTrue();
        assertThat(EventText.isMessage(event("note.shown", "a", Map.of(), List.of()))).isFalse();
        assertThat(EventText.isMessage(event("check.pass", null, Map.of("check", "jwt.exp"), List.of()))).isFalse();
        assertThat(EventText.note(event("check.pass", null, Map.of("check", "jwt.exp"), List.of())))
                .isEqualTo("jwt.exp");
    }

    @Test
    void clockJumpsRoundToTheLargestUnit() {
        assertThat(EventText.plus(Duration.ofSeconds(40))).isEqualTo("+40 s");
        assertThat(EventText.plus(Duration.parse("PT59.68S"))).isEqualTo("+1 min");
        assertThat(EventText.plus(Duration.parse("PT9M59.28S"))).isEqualTo("+10 min");
        assertThat(EventText.plus(Duration.ofMinutes(20))).isEqualTo("+20 min");
        assertThat(EventText.plus(Duration.parse("PT59M59.68S"))).isEqualTo("+1 h");
        assertThat(EventText.plus(Duration.ofHours(25))).isEqualTo("+25 h");
        assertThat(EventText.plus(Duration.parse("PT695H39M59.92S"))).isEqualTo("+29 d");
        assertThat(EventText.jump(event("clock.jump", null, Map.of("by", "PT20M"), List.of()))).isEqualTo("+20 min");
        assertThat(EventText.jump(event("clock.jump", null, Map.of("by", "soon"), List.of()))).isEqualTo("later");
    }
}
