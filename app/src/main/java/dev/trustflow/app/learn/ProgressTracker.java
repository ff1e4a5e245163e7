package dev.trustflow.app.learn;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.trace.Trace;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * Records in {@link Progress} what the student does with the lesson being followed: opening it starts it,
 * every step moves the last position, and stepping or playing onto the last step of the lesson's own run marks
 * it done (jumping there with End does not: that is skipping, not watching; taking the quiz also marks it done,
 * see {@link Progress#recordQuiz}). A trace still showing from before the lesson was opened does not count.
 */
public final class ProgressTracker {

    private final Progress progress;
    private final Player player;
    private final ObservableValue<Lesson> lesson;
    private boolean traceIsLessons;

    public ProgressTracker(Progress progress, Player player, ObservableValue<Lesson> lesson) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.player = Objects.requireNonNull(player, "player");
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        lesson.addListener((obs, old, now) -> opened(now));
        // an invalidation listener: a re-run that gives an equal trace (no randomness in it) still counts
        player.traceProperty().addListener((Observable obs) -> traceChanged(player.getTrace()));
        player.cursorProperty().addListener((obs, old, cursor) -> moved(old.intValue(), cursor.intValue()));
        opened(lesson.getValue());
    }

    private void opened(Lesson now) {
        traceIsLessons = false;
        if (now != null) {
            progress.markStarted(now.id());
            progress.setPosition(now.id(), -1);
        }
    }

    private void traceChanged(Trace trace) {
        Lesson now = lesson.getValue();
        traceIsLessons = now != null && trace != null && now.scenario().equals(trace.scenario());
        if (traceIsLessons) {
            moved(-1, player.getCursor());
        }
    }

    private void moved(int from, int cursor) {
        Lesson now = lesson.getValue();
        if (now == null || !traceIsLessons) {
            return;
        }
        Trace trace = player.getTrace();
        progress.setPosition(now.id(), cursor, trace == null ? java.util.Map.of() : trace.options(),
                trace == null ? null : trace.seed());
        boolean arrivedByStepping = cursor > 0 && from == cursor - 1;
        if (player.getTrace() != null && arrivedByStepping && cursor == player.getTrace().size() - 1) {
            progress.markDone(now.id());
        }
    }
}
