package dev.trustflow.app.learn;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.sim.lesson.Lesson;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;

/** Keeps the browser's done / in-progress marks in step with {@link Progress} and the lesson entries. */
public final class ProgressMarks {

    private final Progress progress;
    private final ScenarioSession session;
    private final Function<BrowserEntry, Optional<Lesson>> lessons;

    public ProgressMarks(Progress progress, ScenarioSession session, Function<BrowserEntry, Optional<Lesson>> lessons) {
        this.progress = progress;
        this.session = session;
        this.lessons = lessons;
        progress.revisionProperty().addListener((obs, old, now) -> refresh());
        session.entries().addListener((ListChangeListener<BrowserEntry>) c -> refresh());
        refresh();
    }

    private void refresh() {
        Map<String, EntryMark> marks = new HashMap<>();
        for (BrowserEntry entry : session.entries()) {
            lessons.apply(entry).map(Lesson::id).map(progress::mark)
                    .filter(mark -> mark != EntryMark.NONE)
                    .ifPresent(mark -> marks.put(entry.id(), mark));
        }
        if (!marks.equals(session.marks())) {
            session.marks().keySet().retainAll(marks.keySet());
            session.marks().putAll(marks);
        }
    }
}
