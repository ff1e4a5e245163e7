package dev.trustflow.app.player;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.trace.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorMatcherTest {

    private final Trace plain = Traces.courier();
    private final Trace tampered = Traces.courier(Map.of("tamper", true));

    @Test
    void beforeTheFirstEventStaysThere() {
        assertThat(CursorMatcher.match(plain, -1, tampered)).isEqualTo(-1);
    }

    @Test
    void aCheckMatchesTheSameCheckWhateverItsOutcome() {
        int pass = PlayerTest.indexOfKind(plain, "check.pass");
        int fail = PlayerTest.indexOfKind(tampered, "check.fail");
        assertThat(pass).isNotEqualTo(fail);
        assertThat(CursorMatcher.match(plain, pass, tampered)).isEqualTo(fail);
    }

    @Test
    void anEventWithoutCounterpartKeepsItsIndexClamped() {
        int forward = plain.events().stream()
                .filter(e -> "payments".equals(e.target())).findFirst().orElseThrow().seq();
        int at = CursorMatcher.match(plain, forward, tampered);
        assertThat(at).isEqualTo(Math.min(forward, tampered.size() - 1));
        assertThat(CursorMatcher.match(plain, plain.size() - 1, Traces.courier(Map.of("tamper", true))))
                .isLessThan(tampered.size());
    }

    @Test
    void anEmptyTraceHasNoCursor() {
        Trace empty = new Trace(Trace.FORMAT, "x", "x", 1, null, null, null, null);
        assertThat(CursorMatcher.match(plain, 3, empty)).isEqualTo(-1);
    }
}
