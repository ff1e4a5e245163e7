package dev.trustflow.app.learn;

import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.learn.ProgressData.LastPosition;
import dev.trustflow.app.learn.ProgressData.QuizScore;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A student's progress through the lessons: which were started, which finished (the last step reached), the
 * latest quiz score of each, and where the student was. A view-model without nodes; call on the FX thread.
 * Every change bumps {@link #revisionProperty()}, which the app listens to in order to save.
 */
public final class Progress {

    private final Set<String> started = new LinkedHashSet<>();
    private final Set<String> done = new LinkedHashSet<>();
    private final Map<String, QuizScore> quizzes = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private LastPosition last;

    /** The lesson was opened. */
    public void markStarted(String lessonId) {
        if (started.add(id(lessonId))) {
            changed();
        }
    }

    /** The student watched the lesson to its last step, or took its quiz. */
    public void markDone(String lessonId) {
        started.add(id(lessonId));
        if (done.add(lessonId)) {
            changed();
        }
    }

    /**
     * The quiz of a lesson was answered: {@code correct} of {@code total} right. The latest score is kept, and a
     * lesson whose quiz was taken counts as done.
     */
    public void recordQuiz(String lessonId, int correct, int total) {
        if (total <= 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("a quiz score must be 0.." + total + " of a positive total, not "
                    + correct + " of " + total);
        }
        QuizScore score = new QuizScore(correct, total);
        if (!score.equals(quizzes.put(id(lessonId), score))) {
            changed();
        }
        markDone(lessonId);
    }

    /** Where the student is now: lesson and cursor (-1 before the first step), in a run with the lesson's defaults. */
    public void setPosition(String lessonId, int cursor) {
        setPosition(lessonId, cursor, Map.of(), null);
    }

    /** Where the student is now, and the what-ifs and seed of the run they are stepping through. */
    public void setPosition(String lessonId, int cursor, Map<String, Object> options, Long seed) {
        LastPosition now = new LastPosition(id(lessonId), Math.max(-1, cursor), options, seed);
        if (!now.equals(last)) {
            last = now;
            changed();
        }
    }

    public EntryMark mark(String lessonId) {
        if (done.contains(lessonId)) {
            return EntryMark.DONE;
        }
        return started.contains(lessonId) ? EntryMark.IN_PROGRESS : EntryMark.NONE;
    }

    public boolean isDone(String lessonId) {
        return done.contains(lessonId);
    }

    public Optional<QuizScore> quizScore(String lessonId) {
        return Optional.ofNullable(quizzes.get(lessonId));
    }

    public Optional<LastPosition> lastPosition() {
        return Optional.ofNullable(last);
    }

    /** Bumped on every change. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Everything, as stored. */
    public ProgressData snapshot() {
        return new ProgressData(List.copyOf(started), List.copyOf(done), Map.copyOf(quizzes), last);
    }

    /** Replaces everything with what was stored. */
    public void restore(ProgressData data) {
        ProgressData clean = data.normalized();
        started.clear();
        started.addAll(clean.started());
        done.clear();
        done.addAll(clean.done());
        started.addAll(done);
        quizzes.clear();
        quizzes.putAll(clean.quizzes());
        last = clean.last();
        changed();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    private static String id(String lessonId) {
        Objects.requireNonNull(lessonId, "lessonId");
        if (lessonId.isBlank()) {
            throw new IllegalArgumentException("a lesson id is needed");
        }
        return lessonId;
    }
}
