package dev.trustflow.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @Test
    void finishesBeforeRunReturns() {
        List<String> seen = new ArrayList<>();
        runner.run(BackgroundJob.of("sum", () -> 1 + 2).onSuccess(n -> seen.add("ok " + n)).andFinally(() -> seen.add("finally")));
        assertThat(seen).containsExactly("ok 3", "finally");
        assertThat(runner.jobsRun()).isEqualTo(1);
        assertThat(runner.unhandled()).isEmpty();
    }

    @Test
    void keepsUnclaimedErrors() {
        List<String> seen = new ArrayList<>();
        runner.run(BackgroundJob.of("fail", () -> {
            throw new IllegalArgumentException("bad");
        }).onError(ArithmeticException.class, e -> seen.add("wrong")));
        assertThat(seen).isEmpty();
        assertThat(runner.unhandled()).singleElement().hasFieldOrPropertyWithValue("message", "bad");
    }
}
