package dev.trustflow.app.fx;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs an action once, the first time an observable value passes a test, and then stops listening. */
public final class Once {

    private Once() {
    }

    /** At the value's next change that passes {@code test}; the value it has now is not looked at. */
    public static <T> void onNext(ObservableValue<T> value, Predicate<? super T> test, Consumer<? super T> action) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (test.test(now)) {
                    observable.removeListener(this);
                    action.accept(now);
                }
            }
        });
    }

    /** At once if the value passes {@code test} now, else as {@link #onNext}. */
    public static <T> void when(ObservableValue<T> value, Predicate<? super T> test, Consumer<? super T> action) {
        T now = value.getValue();
        if (test.test(now)) {
            action.accept(now);
            return;
        }
        onNext(value, test, action);
    }
}
