package dev.trustflow.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void picksTheUnitsAPersonWouldSay() {
        assertThat(DurationText.human(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(DurationText.human(Duration.ofMinutes(20))).isEqualTo("20 min");
        assertThat(DurationText.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(DurationText.human(Duration.ofHours(25))).isEqualTo("25 h");
        assertThat(DurationText.human(Duration.ofDays(30))).isEqualTo("30 d");
        assertThat(DurationText.human(Duration.ofHours(50))).isEqualTo("2 d 2 h");
    }

    @Test
    void aJumpHasAPlus() {
        assertThat(DurationText.plus(Duration.ofMinutes(20))).isEqualTo("+20 min");
    }

    @Test
    void clockTimesAreUtcAndSayHowFarIntoTheRun() {
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        assertThat(TimeText.clock(start)).isEqualTo("09:00:00");
        assertThat(TimeText.sinceStart(start, start)).isEqualTo("09:00:00");
        assertThat(TimeText.sinceStart(start, start.plusSeconds(1200))).isEqualTo("09:20:00 (+20 min)");
        assertThat(TimeText.day(start)).isEqualTo("2026-01-01");
    }
}
