package dev.trustflow.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class OnceTest {

    private final SimpleIntegerProperty value = new SimpleIntegerProperty(5);
    private final List<Number> seen = new ArrayList<>();

    @Test
    void onNextWaitsForAPassingChangeAndRunsOnlyOnce() {
        Once.onNext(value, n -> n.intValue() > 3, seen::add);
        assertThat(seen).isEmpty();
        value.set(1);
        value.set(7);
        value.set(9);
        assertThat(seen).containsExactly(7);
    }

    @Test
    void whenRunsAtOnceIfTheValuePassesNow() {
        Once.when(value, n -> n.intValue() > 3, seen::add);
        value.set(9);
        assertThat(seen).containsExactly(5);
    }

    @Test
    void whenOtherwiseWaitsLikeOnNext() {
        Once.when(value, n -> n.intValue() > 6, seen::add);
        value.set(6);
        value.set(8);
        value.set(10);
        assertThat(seen).containsExactly(8);
    }
}
