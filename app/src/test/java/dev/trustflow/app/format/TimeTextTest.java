package dev.trustflow.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void clockTimesAreUtcAndSayHowFarIntoTheRun() {
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        assertThat(TimeText.clock(start)).isEqualTo("09:00:00");
        assertThat(TimeText.sinceStart(start, start)).isEqualTo("09:00:00");
        assertThat(TimeText.sinceStart(start, start.plusSeconds(1200))).isEqualTo("09:20:00 (+20 min)");
        assertThat(TimeText.day(start)).isEqualTo("2026-01-01");
    }
}
