package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClaimNotesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void datesAreDescribedRelativeToTheReference() {
        assertThat(ClaimNotes.dateNote("exp", NOW.minusSeconds(300), NOW, "this event"))
                .isEqualTo("expired 5 min before this event");
        assertThat(ClaimNotes.dateNote("exp", NOW.plus(Duration.ofMinutes(14).plusSeconds(55)), NOW, "this event"))
                .isEqualTo("expires 14 min 55 s after this event");
        assertThat(ClaimNotes.dateNote("exp", NOW, NOW, "this event"))
                .isEqualTo("expired at the very second of this event");
        assertThat(ClaimNotes.dateNote("nbf", NOW.plusSeconds(7200), NOW, "the check time"))
                .isEqualTo("not valid yet: becomes valid 2 h after the check time");
        assertThat(ClaimNotes.dateNote("iat", NOW.plus(Duration.ofDays(30)), NOW, "this event"))
                .isEqualTo("issued 30 d after this event, a date in the future");
    }

    @Test
    void spansUseAtMostTwoUnits() {
        assertThat(VirtualTimes.span(Duration.ofSeconds(3 * 3600 + 61))).isEqualTo("3 h 1 min");
        assertThat(VirtualTimes.span(Duration.ofDays(2).plusHours(5).plusMinutes(3))).isEqualTo("2 d 5 h");
        assertThat(VirtualTimes.span(Duration.ofSeconds(-42))).isEqualTo("42 s");
        assertThat(VirtualTimes.span(Duration.ofMillis(120))).isEqualTo("120 ms");
    }

    @Test
    void datesShowMillisecondsOnlyWhenThereAreAny() {
        assertThat(VirtualTimes.date(NOW)).isEqualTo("2026-01-01 09:00:00 UTC");
        assertThat(VirtualTimes.date(NOW.plusMillis(5))).isEqualTo("2026-01-01 09:00:00.005 UTC");
    }
}
