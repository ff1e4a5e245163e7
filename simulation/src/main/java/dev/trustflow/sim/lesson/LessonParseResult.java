package dev.trustflow.sim.lesson;

import java.util.List;
import java.util.Optional;

/**
 * What parsing one lesson file gave: the lesson when the file has no problem, and every problem found.
 *
 * @param source   the file name or resource it was read from
 * @param lesson   the lesson, or null when there are problems
 * @param problems every problem, in line order
 */
public record LessonParseResult(String source, Lesson lesson, List<LessonProblem> problems) {

    public LessonParseResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return lesson != null && problems.isEmpty();
    }

    public Optional<Lesson> asOptional() {
        return Optional.ofNullable(lesson);
    }
}
