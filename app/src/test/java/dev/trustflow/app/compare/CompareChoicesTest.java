package dev.trustflow.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareChoicesTest {

    private final OptionSpec pkce = OptionSpec.bool("pkce", true, "PKCE", "binds the code");
    private final OptionSpec attack = OptionSpec.choice("attack", "none", List.of("none", "tamper", "expired"),
            "Attack", "what the attacker does");
    private final OptionSpec ttl = OptionSpec.duration("ttl", Duration.ofMinutes(15), "Lifetime", "token lifetime");
    private final OptionSpec count = OptionSpec.number("count", 3, 1, 10, "Requests", "how many");

    @Test
    void theFirstSwitchOrChoiceIsComparedFirst() {
        assertThat(CompareChoices.defaultKey(Options.defaults(List.of(ttl, attack, pkce)))).contains("attack");
        assertThat(CompareChoices.defaultKey(Options.defaults(List.of(ttl, count)))).contains("ttl");
        assertThat(CompareChoices.defaultKey(Options.defaults(List.of()))).isEmpty();
    }

    @Test
    void theOtherValueIsTheOppositeTheFirstOtherChoiceOrTheNextPreset() {
        assertThat(CompareChoices.other(pkce, true)).isEqualTo(false);
        assertThat(CompareChoices.other(pkce, false)).isEqualTo(true);
        assertThat(CompareChoices.other(attack, "none")).isEqualTo("tamper");
        assertThat(CompareChoices.other(attack, "tamper")).isEqualTo("none");
        assertThat(CompareChoices.other(ttl, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(30));
        assertThat(CompareChoices.other(count, 3L)).isEqualTo(10L);
        assertThat(CompareChoices.other(count, 10L)).isEqualTo(3L);
    }

    @Test
    void valuesAndHowTheyRead() {
        assertThat(CompareChoices.values(count, 5L)).containsExactly(1L, 3L, 5L, 10L);
        assertThat(CompareChoices.values(ttl, Duration.ofMinutes(15))).contains(Duration.ofMinutes(15));
        assertThat(CompareChoices.heading(pkce, false)).isEqualTo("PKCE: off");
        assertThat(CompareChoices.heading(ttl, Duration.ofHours(1))).isEqualTo("Lifetime: 1 h");
        assertThat(CompareChoices.text(attack, "tamper")).isEqualTo("tamper");
        Options options = Options.defaults(List.of(pkce, attack, ttl, count)).with("pkce", false);
        assertThat(CompareChoices.current(options, "pkce")).isEqualTo(false);
        assertThat(CompareChoices.current(options, "ttl")).isEqualTo(Duration.ofMinutes(15));
        assertThat(CompareChoices.current(options, "count")).isEqualTo(3L);
    }
}
