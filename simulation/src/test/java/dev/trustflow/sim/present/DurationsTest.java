package dev.trustflow.sim.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void picksTheUnitsAPersonWouldSay() {
        assertThat(Durations.human(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Durations.human(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
        assertThat(Durations.human(Duration.ofMinutes(20))).isEqualTo("20 min");
        assertThat(Durations.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(Durations.human(Duration.ofHours(25))).isEqualTo("25 h");
        assertThat(Durations.human(Duration.ofDays(30))).isEqualTo("30 d");
        assertThat(Durations.human(Duration.ofHours(50))).isEqualTo("2 d 2 h");
    }

    @Test
    void aJumpHasAPlusAndACaptionSaysItInWords() {
        assertThat(Durations.plus(Duration.ofMinutes(20))).isEqualTo("+20 min");
        assertThat(Durations.later(Duration.ofMinutes(15))).isEqualTo("15 minutes later");
        assertThat(Durations.later(Duration.ofMinutes(90))).isEqualTo("1 hour 30 minutes later");
        assertThat(Durations.later(Duration.ofDays(31))).isEqualTo("31 days later");
    }

    @Test
    void aNinetyMinuteJumpReadsTheSameOnTheStageAndInTheSequenceView() {
        var jump = new dev.trustflow.sim.trace.TraceEvent(0, java.time.Instant.EPOCH, "clock.jump", "a", null,
                "later", java.util.Map.of("by", "PT1H30M"), java.util.List.of());
        assertThat(EventText.jump(jump)).isEqualTo("+1 h 30 min").isEqualTo(Durations.plus(Duration.ofMinutes(90)));
    }
}
