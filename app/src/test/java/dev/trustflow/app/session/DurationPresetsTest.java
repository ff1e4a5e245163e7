package dev.trustflow.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationPresetsTest {

    @Test
    void roundValuesAroundTheDefaultSorted() {
        assertThat(DurationPresets.around(Duration.ofMinutes(15), null)).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6),
                Duration.ofHours(24));
    }

    @Test
    void anOddDefaultAndCurrentValueAreIncluded() {
        assertThat(DurationPresets.around(Duration.ofMinutes(20), Duration.ofMinutes(7)))
                .contains(Duration.ofMinutes(20), Duration.ofMinutes(7))
                .isSorted();
    }

    @Test
    void longDefaultsGetLongPresets() {
        assertThat(DurationPresets.around(Duration.ofDays(30), null))
                .contains(Duration.ofDays(365), Duration.ofHours(24))
                .doesNotContain(Duration.ofSeconds(10));
    }
}
