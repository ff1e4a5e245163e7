package dev.trustflow.app.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A student's progress, as stored in {@code progress.json}.
 *
 * @param started lessons opened at least once, by id
 * @param done    lessons whose last step was reached, by id
 * @param quizzes the latest quiz score per lesson id
 * @param last    where the student was (lesson and cursor), or null
 */
public record ProgressData(List<String> started, List<String> done, Map<String, QuizScore> quizzes,
                           LastPosition last) {

    public ProgressData {
        started = started == null ? List.of() : started.stream().filter(Objects::nonNull).toList();
        done = done == null ? List.of() : done.stream().filter(Objects::nonNull).toList();
        Map<String, QuizScore> scores = new LinkedHashMap<>();
        if (quizzes != null) {
            quizzes.forEach((id, score) -> {
                if (id != null && score != null) {
                    scores.put(id, score);
                }
            });
        }
        quizzes = Collections.unmodifiableMap(scores);
    }

    public static ProgressData empty() {
        return new ProgressData(List.of(), List.of(), Map.of(), null);
    }

    /** Drops entries a hand-edited file may have got wrong (blank ids, impossible scores). */
    public ProgressData normalized() {
        Map<String, QuizScore> scores = new LinkedHashMap<>();
        quizzes.forEach((id, score) -> {
            if (id != null && !id.isBlank() && score != null && score.total() > 0 && score.correct() >= 0
                    && score.correct() <= score.total()) {
                scores.put(id, score);
            }
        });
        LastPosition position = last == null || last.lessonId() == null || last.lessonId().isBlank() ? null
                : new LastPosition(last.lessonId(), Math.max(-1, last.cursor()), last.options(), last.seed());
        return new ProgressData(clean(started), clean(done), scores, position);
    }

    private static List<String> clean(List<String> ids) {
        return ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    }

    /** A quiz result: {@code correct} of {@code total} answered right. */
    public record QuizScore(int correct, int total) {
    }

    /**
     * The lesson open last, the step it was at (-1: before the first), and the what-ifs and seed of the run it
     * was at, so that resuming lands on the same event of the same run. A file from before the what-ifs were kept
     * has neither: the lesson's own options and the default seed then.
     *
     * @param options the run's options as its trace records them (empty: the lesson's own)
     * @param seed    the run's seed, or null for the default
     */
    public record LastPosition(String lessonId, int cursor, Map<String, Object> options, Long seed) {
        public LastPosition {
            options = options == null ? Map.of() : Map.copyOf(options);
        }

        public LastPosition(String lessonId, int cursor) {
            this(lessonId, cursor, Map.of(), null);
        }
    }
}
