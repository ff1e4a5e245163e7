package dev.trustflow.sim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static EventKey key(String actor) {
        return new EventKey("message.sent", actor, null, null, null, null);
    }

    private static List<EventKey> keys(String letters) {
        List<EventKey> keys = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            keys.add(key(String.valueOf(c)));
        }
        return keys;
    }

    @Test
    void sharedEventsPairAndGapsPairInOrderThenOneSideAlone() {
        List<AlignedStep> steps = Alignment.align(keys("abXYcd"), keys("abZcd"));

        assertThat(steps).containsExactly(
                new AlignedStep(0, 0, true), new AlignedStep(1, 1, true),
                new AlignedStep(2, 2, false), new AlignedStep(3, -1, false),
                new AlignedStep(4, 3, true), new AlignedStep(5, 4, true));
    }

    @Test
    void anExtraStepOnTheRightLetsTheLeftWait() {
        List<AlignedStep> steps = Alignment.align(keys("abc"), keys("aXbc"));

        assertThat(steps).containsExactly(new AlignedStep(0, 0, true), new AlignedStep(-1, 1, false),
                new AlignedStep(1, 2, true), new AlignedStep(2, 3, true));
    }

    @Test
    void emptyRunsAlignToNothingOrToTheOtherRun() {
        assertThat(Alignment.align(List.of(), List.of())).isEmpty();
        assertThat(Alignment.align(List.of(), keys("ab")))
                .containsExactly(new AlignedStep(-1, 0, false), new AlignedStep(-1, 1, false));
    }

    @Test
    void aHugeMiddleIsPairedIndexByIndex() {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            left.append('x');
            right.append(i == 0 ? 'y' : 'x');
        }
        right.append('z');
        List<AlignedStep> steps = Alignment.align(keys(left.toString()), keys("q" + right));

        assertThat(steps).hasSize(1502);
        assertThat(steps.get(0)).isEqualTo(new AlignedStep(0, 0, false));
        assertThat(steps.get(2)).isEqualTo(new AlignedStep(2, 2, true));
        assertThat(steps.get(1501)).isEqualTo(new AlignedStep(-1, 1501, false));
    }

    @Test
    void aStepNeedsAnEventAndOneSidedStepsAreNeverTheSame() {
        assertThatThrownBy(() -> new AlignedStep(-1, -1, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlignedStep(3, -1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesChecksByIdAndMessagesByWhoAndStatus() {
        assertThat(new EventKey("check.fail", "auth-server", null, "pkce.verifier", "false", null).describe())
                .isEqualTo("check.fail pkce.verifier");
        assertThat(new EventKey("http.response", "api-gateway", "attacker", null, null, 401).describe())
                .isEqualTo("http.response api-gateway→attacker 401");
        assertThat(new EventKey("clock.jump", "attacker", null, null, null, null).describe())
                .isEqualTo("clock.jump attacker");
    }
}
