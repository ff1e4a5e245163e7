package dev.trustflow.app.inspector;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/** Runs an action once, the first time a condition is true (at once if it already is). */
final class OnceTrue {

    private OnceTrue() {
    }

    static void run(ObservableBooleanValue condition, Runnable action) {
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
