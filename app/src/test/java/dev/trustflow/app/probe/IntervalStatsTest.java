package dev.trustflow.app.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalStatsTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        long[] samples = new long[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = 100 - i; // unsorted on purpose: 100, 99, ..., 1
        }
        IntervalStats stats = IntervalStats.of(samples, samples.length);

        assertThat(stats.percentileNanos(50)).isEqualTo(50);
        assertThat(stats.percentileNanos(99)).isEqualTo(99);
        assertThat(stats.percentileNanos(100)).isEqualTo(100);
        assertThat(stats.percentileNanos(0.5)).isEqualTo(1);
        assertThat(stats.maxNanos()).isEqualTo(100);
    }

    @Test
    void percentileIsAlwaysAMeasuredValue() {
        IntervalStats stats = IntervalStats.of(new long[] {10, 40, 20, 30}, 4);

        assertThat(stats.percentileNanos(50)).isEqualTo(20); // rank ceil(2.0) = 2
        assertThat(stats.percentileNanos(51)).isEqualTo(30); // rank ceil(2.04) = 3
        assertThat(stats.percentileNanos(99)).isEqualTo(40);
    }

    @Test
    void onlyTheFirstCountSamplesCountAndTheInputIsNotReordered() {
        long[] samples = {7, 3, 999, 999};
        IntervalStats stats = IntervalStats.of(samples, 2);

        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.maxNanos()).isEqualTo(7);
        assertThat(stats.percentileNanos(50)).isEqualTo(3);
        assertThat(samples).containsExactly(7, 3, 999, 999);
    }

    @Test
    void oneSlowFrameInHundredShowsInP99ButNotInP50() {
        long[] samples = new long[200];
        java.util.Arrays.fill(samples, 16_666_667L);
        samples[17] = 120_000_000L;
        samples[150] = 90_000_000L;
        IntervalStats stats = IntervalStats.of(samples, samples.length);

        assertThat(stats.percentileNanos(50)).isEqualTo(16_666_667L);
        assertThat(stats.percentileNanos(99)).isEqualTo(16_666_667L); // rank 198 of 200
        assertThat(stats.percentileNanos(99.5)).isEqualTo(90_000_000L);
        assertThat(stats.maxNanos()).isEqualTo(120_000_000L);
    }

    @Test
    void rejectsEmptySeriesAndImpossiblePercentiles() {
        IntervalStats empty = IntervalStats.of(new long[3], 0);
        assertThatThrownBy(() -> empty.percentileNanos(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(empty::maxNanos).isInstanceOf(IllegalStateException.class);

        IntervalStats one = IntervalStats.of(new long[] {5}, 1);
        assertThatThrownBy(() -> one.percentileNanos(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.percentileNanos(100.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntervalStats.of(new long[1], 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsMillisWithOneDecimal() {
        assertThat(IntervalStats.millis(16_666_667L)).isEqualTo("16.7");
        assertThat(IntervalStats.millis(0)).isEqualTo("0.0");
    }
}
