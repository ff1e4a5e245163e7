package dev.trustflow.app.learn;

import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.LessonProblem;
import dev.trustflow.sim.lesson.LessonSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lessons the app shows: the bundled ones (read once, without re-running their scenarios: the build checks
 * them) and the user's folder, read in full on every call (its narration checked against real runs). A user
 * lesson with an id already taken is listed as a problem and skipped. Called on a worker thread.
 */
public final class LessonSources implements Supplier<LessonSet> {

    private final Path userFolder;
    private final Supplier<LessonParser> userParserMaker;
    private LessonParser userParser;
    private LessonSet bundled;

    /** The user's lessons checked by a parser of their own (with its own scenario runner). */
    public LessonSources(Path userFolder) {
        this(userFolder, LessonParser::new);
    }

    /**
     * The user's lessons checked by the parser {@code userParserMaker} makes (the app's: its runs share the app's
     * scenario runner), on the first {@link #get} that finds the folder: a worker thread, since a parser builds the
     * scenario catalog it checks against, which the FX thread should not.
     */
    public LessonSources(Path userFolder, Supplier<LessonParser> userParserMaker) {
        this.userFolder = userFolder;
        this.userParserMaker = userParserMaker;
    }

    @Override
    public synchronized LessonSet get() {
        if (bundled == null) {
            bundled = new LessonLibrary(LessonParser.withoutRuns()).loadBundled();
        }
        if (!Files.isDirectory(userFolder)) {
            return bundled;
        }
        if (userParser == null) {
            userParser = userParserMaker.get();
        }
        LessonSet user = new LessonLibrary(userParser).loadFolder(userFolder);
        Map<String, Lesson> byId = new LinkedHashMap<>();
        bundled.lessons().forEach(l -> byId.put(l.id(), l));
        List<LessonProblem> problems = new ArrayList<>(bundled.problems());
        problems.addAll(user.problems());
        for (Lesson lesson : user.lessons()) {
            Lesson earlier = byId.putIfAbsent(lesson.id(), lesson);
            if (earlier != null) {
                problems.add(new LessonProblem(lesson.source(), 0, "lesson id '" + lesson.id()
                        + "' is already used by " + earlier.source() + "; this file is skipped"));
            }
        }
        List<Lesson> lessons = new ArrayList<>(byId.values());
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
        List<String> sources = new ArrayList<>(bundled.sources());
        sources.addAll(user.sources());
        return new LessonSet(lessons, problems, sources);
    }
}
