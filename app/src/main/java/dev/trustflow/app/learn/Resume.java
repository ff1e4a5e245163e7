package dev.trustflow.app.learn;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.fx.Once;
import dev.trustflow.app.learn.ProgressData.LastPosition;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.session.ScenarioSession;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reopens the lesson the student had open last, with the what-ifs and seed they had set, at the step they were
 * on: once, when the lessons first reach the browser, unless the student has already opened something by then.
 */
public final class Resume {

    private final ScenarioSession session;
    private final Player player;
    private final Function<String, Optional<BrowserEntry>> entries;

    public Resume(ScenarioSession session, Player player, Function<String, Optional<BrowserEntry>> entries) {
        this.session = session;
        this.player = player;
        this.entries = entries;
    }

    /** Opens {@code where.lessonId()} with its what-ifs and seed, and moves to {@code where.cursor()} when its run arrives. */
    public boolean reopen(LastPosition where) {
        if (session.getSelected() != null || player.getTrace() != null) {
            return false;
        }
        Optional<BrowserEntry> entry = entries.apply(where.lessonId());
        if (entry.isEmpty()) {
            return false;
        }
        Once.onNext(player.traceProperty(), Objects::nonNull, trace -> player.jumpTo(where.cursor()));
        session.select(entry.get(), where.seed() == null ? ScenarioSession.DEFAULT_SEED : where.seed(),
                where.options());
        return true;
    }
}
