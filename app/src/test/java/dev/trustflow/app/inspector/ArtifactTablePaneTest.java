package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.trustflow.sim.trace.ArtifactTable;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArtifactTablePaneTest {

    @Test
    void aColumnOfLongReasonsGetsMoreWidthThanOneOfVerdictsAndNoneIsStarved() {
        ArtifactTable table = ArtifactTable.of("attack", "result", "stopped by")
                .row("Someone else's order (IDOR)", "\u2717 got through", "")
                .row("Token for another API", "\u2713 stopped", "jwt.aud at gateway, because the audience differs")
                .build();

        double[] percents = ArtifactTablePane.columnPercents(table);

        assertThat(Arrays.stream(percents).sum()).isCloseTo(100, within(1e-9));
        assertThat(percents[2]).isGreaterThan(percents[1]);
        assertThat(Arrays.stream(percents).min().orElseThrow()).as("the narrowest column").isGreaterThan(10);
    }
}
