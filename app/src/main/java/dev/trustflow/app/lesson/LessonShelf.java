package dev.trustflow.app.lesson;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryKind;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.BackgroundJob;
import dev.trustflow.app.task.TaskRunner;
import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonProblem;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Puts the lessons into the browser, grouped by topic in curriculum order, before the bare scenarios (their own
 * group). Loading and validating (which runs each lesson's scenario) happen on a worker; a broken lesson file
 * becomes an entry naming the file, the line and what is wrong, and the others still load. Loading again (the
 * user's folder changed) replaces the lesson entries. Selecting a lesson entry makes the narration follow it.
 */
public final class LessonShelf {

    private static final String PREFIX = "lesson:";
    private static final String TOPIC_PREFIX = "topic:";

    private final ScenarioSession session;
    private final LessonNarration narration;
    private final Notifications notices;
    private final Map<String, Lesson> byEntryId = new HashMap<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(this, "loads");
    private List<LessonProblem> reported = List.of();
    private long generation;

    public LessonShelf(ScenarioSession session, LessonNarration narration, Notifications notices) {
        this.session = session;
        this.narration = narration;
        this.notices = notices;
        session.selectedProperty().addListener((obs, old, entry) -> narration.follow(lessonOf(entry).orElse(null)));
    }

    /** Loads the lessons in the background; entries appear when they are ready (only the newest load's). */
    public void load(TaskRunner tasks, Supplier<LessonSet> source) {
        long mine = ++generation;
        tasks.run(BackgroundJob.of("load lessons", source::get)
                .onSuccess(set -> showIfNewest(mine, set))
                .onError(RuntimeException.class, this::notLoaded));
    }

    /**
     * Shows lessons that are already being read elsewhere (the app's first reading, started before this shelf
     * existed) when they arrive, on {@code fxThread}, as {@link #load} would show its own.
     */
    public void load(CompletionStage<LessonSet> reading, Executor fxThread) {
        long mine = ++generation;
        reading.whenComplete((set, error) -> fxThread.execute(() -> {
            if (error == null) {
                showIfNewest(mine, set);
            } else {
                notLoaded(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }));
    }

    private void showIfNewest(long load, LessonSet set) {
        if (load == generation) {
            show(set);
        }
    }

    private void notLoaded(Throwable e) {
        notices.error("The lessons could not be loaded: " + e.getMessage());
    }

    /** Shows the lessons of {@code set} whose scenario this app has, and the problems, replacing earlier ones. */
    public void show(LessonSet set) {
        List<LessonProblem> problems = new ArrayList<>(set.problems());
        Map<String, List<BrowserEntry>> byTopic = new LinkedHashMap<>();
        byEntryId.clear();
        for (Lesson lesson : set.lessons()) {
            Optional<Scenario> scenario = scenario(lesson.scenario());
            if (scenario.isEmpty()) {
                problems.add(new LessonProblem(lesson.source(), 0, "scenario '" + lesson.scenario()
                        + "' is not in this app"));
                continue;
            }
            BrowserEntry entry = new BrowserEntry(PREFIX + lesson.id(), lesson.title(), LessonText.subtitle(lesson),
                    EntryKind.LESSON, scenario.get(), lesson.options(), LessonText.objectives(lesson),
                    lesson.whatIfs(), lesson.whatIfValues());
            byEntryId.put(entry.id(), lesson);
            byTopic.computeIfAbsent(lesson.topic(), t -> new ArrayList<>()).add(entry);
        }
        List<BrowserEntry> entries = new ArrayList<>();
        byTopic.forEach((topic, lessons) -> {
            entries.add(BrowserEntry.heading(TOPIC_PREFIX + topic, topic));
            entries.addAll(lessons);
        });
        if (!problems.isEmpty()) {
            entries.add(BrowserEntry.heading(TOPIC_PREFIX + "problems", "Lesson files with problems"));
            for (int i = 0; i < problems.size(); i++) {
                LessonProblem problem = problems.get(i);
                entries.add(BrowserEntry.problem("problem:" + i + ":" + problem.file(), fileName(problem.file()),
                        problem.toString()));
            }
        }
        if (!entries.isEmpty()) {
            entries.add(BrowserEntry.heading(TOPIC_PREFIX + "scenarios", "Scenarios"));
        }
        session.entries().removeIf(e -> e.kind() != EntryKind.SCENARIO);
        session.entries().addAll(0, entries);
        if (!problems.isEmpty() && !problems.equals(reported)) {
            notices.error(problems.size() == 1 ? "A lesson file has a problem: " + problems.get(0)
                    : problems.size() + " problems in lesson files; they are listed in the browser");
        }
        reported = List.copyOf(problems);
        loads.set(loads.get() + 1);
    }

    /** Counts the loads shown so far; a listener learns that the lesson entries are (newly) in the browser. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The browser entry of lesson {@code lessonId}, when it is loaded. */
    public Optional<BrowserEntry> entryOf(String lessonId) {
        return session.entries().stream().filter(e -> e.id().equals(PREFIX + lessonId)).findFirst();
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 || slash == source.length() - 1 ? source : source.substring(slash + 1);
    }

    public Optional<Lesson> lessonOf(BrowserEntry entry) {
        return entry == null ? Optional.empty() : Optional.ofNullable(byEntryId.get(entry.id()));
    }

    private Optional<Scenario> scenario(String id) {
        return session.entries().stream().filter(e -> e.kind() == EntryKind.SCENARIO)
                .map(BrowserEntry::scenario).filter(s -> s.id().equals(id)).findFirst();
    }
}
