package dev.trustflow.app.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProbesTest {

    @AfterEach
    void clear() {
        System.clearProperty(Probes.PROPERTY);
    }

    @Test
    void nothingRequestedWhenThePropertyIsUnset() {
        assertThat(Probes.requested()).isEmpty();
    }

    @Test
    void readsACommaSeparatedListAndDropsUnknownNames() {
        System.setProperty(Probes.PROPERTY, " Startup, frames ,bogus,");
        assertThat(Probes.requested()).containsExactlyInAnyOrder("startup", "frames");
    }
}
