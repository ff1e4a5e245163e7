package dev.trustflow.app.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.CourierScenario;
import org.junit.jupiter.api.Test;

class BrowserEntryTest {

    @Test
    void aScenarioEntryUsesTitleAndFirstSentence() {
        BrowserEntry entry = BrowserEntry.of(new CourierScenario());
        assertThat(entry.id()).isEqualTo(CourierScenario.ID);
        assertThat(entry.title()).isEqualTo("Courier with a MAC");
        assertThat(entry.subtitle()).endsWith("in transit.");
        assertThat(entry.kind()).isEqualTo(EntryKind.SCENARIO);
        assertThat(entry.kind().styleClass()).isEqualTo("entry-scenario");
        assertThat(entry.presetOptions()).isEmpty();
    }

    @Test
    void firstSentenceStopsAtTheFirstFullStop() {
        assertThat(BrowserEntry.firstSentence("One thing. Another thing.")).isEqualTo("One thing.");
        assertThat(BrowserEntry.firstSentence("No stop")).isEqualTo("No stop");
    }
}
