package dev.trustflow.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ViewModeModelTest {

    @Test
    void startsOnTheTopologyAndCyclesThroughSequenceAndBoth() {
        ViewModeModel views = new ViewModeModel();
        assertThat(views.getMode()).isEqualTo(ViewMode.TOPOLOGY);
        views.cycle();
        assertThat(views.getMode()).isEqualTo(ViewMode.SEQUENCE);
        views.cycle();
        assertThat(views.getMode()).isEqualTo(ViewMode.BOTH);
        views.cycle();
        assertThat(views.getMode()).isEqualTo(ViewMode.TOPOLOGY);
    }

    @Test
    void theStartupPropertyPicksAViewAndABadOneIsNamed() {
        ViewModeModel views = new ViewModeModel();
        Properties properties = new Properties();
        views.applyStartup(properties);
        assertThat(views.getMode()).isEqualTo(ViewMode.TOPOLOGY);
        properties.setProperty(ViewModeModel.PROPERTY, " Both ");
        views.applyStartup(properties);
        assertThat(views.getMode()).isEqualTo(ViewMode.BOTH);
        properties.setProperty(ViewModeModel.PROPERTY, "graph");
        assertThatThrownBy(() -> views.applyStartup(properties)).hasMessage(
                "view 'graph' is not one of topology, sequence, both");
    }
}
