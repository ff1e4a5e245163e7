package dev.trustflow.app.lesson;

import dev.trustflow.app.browser.BrowserEntry;
import dev.trustflow.app.browser.EntryKind;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts the lessons into the browser, in curriculum order before the bare scenarios. Loading and validating
 * (which runs each lesson's scenario) happen on a worker; a broken lesson is reported as a notice naming the
 * file and line, and the others still load. Selecting a lesson entry makes the narration follow it.
 */
public final class LessonShelf {

    private static final String PREFIX = "lesson:";

    private final ScenarioSession session;
    private final LessonNarration narration;
    private final Notifications notices;
    private final Map<String, Lesson> byEntryId = new HashMap<>();

    public LessonShelf(ScenarioSession session, LessonNarration narration, Notifications notices) {
        this.session = session;
        this.narration = narration;
        this.notices = notices;
        session.selectedProperty().addListener((obs, old, entry) -> narration.follow(lessonOf(entry).orElse(null)));
    }

    /** Loads the lessons in the background; entries appear when they are ready. */
    public void load(TaskRunner tasks, Supplier<LessonSet> source) {
        tasks.run(BackgroundJob.of("load lessons", source::get)
                .onSuccess(this::show)
                .onError(RuntimeException.class, e -> notices.error("The lessons could not be loaded: " + e.getMessage())));
    }

    /** Adds the lessons of {@code set} whose scenario this app has; reports the problems. */
    public void show(LessonSet set) {
        List<BrowserEntry> entries = new ArrayList<>();
        for (Lesson lesson : set.lessons()) {
            Optional<Scenario> scenario = scenario(lesson.scenario());
            if (scenario.isEmpty()) {
                notices.error(lesson.source() + ": scenario '" + lesson.scenario() + "' is not in this app");
                continue;
            }
            BrowserEntry entry = new BrowserEntry(PREFIX + lesson.id(), lesson.title(), LessonText.subtitle(lesson),
                    EntryKind.LESSON, scenario.get(), lesson.options());
            byEntryId.put(entry.id(), lesson);
            entries.add(entry);
        }
        session.entries().removeIf(e -> e.kind() == EntryKind.LESSON);
        session.entries().addAll(0, entries);
        for (LessonProblem problem : set.problems()) {
            notices.error(problem.toString());
        }
    }

    public Optional<Lesson> lessonOf(BrowserEntry entry) {
        return entry == null ? Optional.empty() : Optional.ofNullable(byEntryId.get(entry.id()));
    }

    private Optional<Scenario> scenario(String id) {
        return session.entries().stream().filter(e -> e.kind() == EntryKind.SCENARIO)
                .map(BrowserEntry::scenario).filter(s -> s.id().equals(id)).findFirst();
    }
}
