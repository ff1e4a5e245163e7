package dev.trustflow.app.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStartTest {

    @Test
    void readsStartTickAfterACommandNameWithSpacesAndParentheses() {
        // Field 22 (starttime) = 12345 ticks = 123.45 s after boot; uptime 124.00 s -> 550 ms old.
        String stat = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 30 0 12345 "
                + "123456789 1000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        assertThat(ProcessStart.linuxAgeMillis(stat, "124.00 240.50\n")).isEqualTo(550);
    }

    @Test
    void thisProcessIsOlderThanZeroAndYoungerThanADay() {
        assertThat(ProcessStart.ageMillis()).isPositive().isLessThan(86_400_000L);
    }
}
