package dev.trustflow.app.compare;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.player.TickSource;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.RunService;
import dev.trustflow.sim.scenario.Options;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opens and closes the side-by-side comparison of what the main window shows: the same scenario, options and
 * seed, with its first switch (or choice) compared against its other value. {@code current} is the open
 * comparison, or null; the main window swaps its view on it. No nodes.
 */
public final class CompareLauncher {

    static final String NOTHING_SELECTED = "Pick a scenario first, then compare two settings of one of its what-ifs.";

    private final ScenarioSession session;
    private final Player mainPlayer;
    private final RunService runs;
    private final Supplier<TickSource> ticks;
    private final Notifications notices;
    private final ReadOnlyObjectWrapper<CompareViewModel> current = new ReadOnlyObjectWrapper<>(this, "current");

    public CompareLauncher(ScenarioSession session, Player mainPlayer, RunService runs, Supplier<TickSource> ticks,
                           Notifications notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.mainPlayer = Objects.requireNonNull(mainPlayer, "mainPlayer");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.ticks = Objects.requireNonNull(ticks, "ticks");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Compares the selected scenario's first what-if; says why not when nothing is selected or it has none. */
    public void open() {
        if (current.get() != null) {
            return;
        }
        BrowserEntry entry = session.getSelected();
        if (entry == null) {
            notices.info(NOTHING_SELECTED);
            return;
        }
        Options options = session.options();
        String key = CompareChoices.defaultKey(options).orElse(null);
        if (key == null) {
            notices.info(entry.title() + " has no what-ifs to compare.");
            return;
        }
        mainPlayer.pause();
        CompareViewModel compare = new CompareViewModel(entry.scenario(), entry.title(), options, session.getSeed(),
                runs, ticks.get(), notices);
        current.set(compare);
        compare.chooseOption(key);
    }

    /** Puts the comparison away; the main window shows what it showed before. */
    public void close() {
        CompareViewModel open = current.get();
        if (open != null) {
            open.dispose();
            current.set(null);
        }
    }

    public ReadOnlyObjectProperty<CompareViewModel> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public CompareViewModel getCurrent() {
        return current.get();
    }

    public boolean isOpen() {
        return current.get() != null;
    }
}
