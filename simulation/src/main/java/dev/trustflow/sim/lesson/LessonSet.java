package dev.trustflow.sim.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Lessons loaded from one or more places: the good ones sorted by order (then id), every problem of the
 * broken ones, and every source that was read (good or broken), in the order it was read.
 */
public record LessonSet(List<Lesson> lessons, List<LessonProblem> problems, List<String> sources) {

    public LessonSet {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
        sources = List.copyOf(sources);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The problems of one source (empty when it loaded cleanly). */
    public List<LessonProblem> problemsOf(String source) {
        return problems.stream().filter(p -> p.file().equals(source)).toList();
    }
}
