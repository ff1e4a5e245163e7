package dev.trustflow.app.timeline;

import dev.trustflow.app.format.TimeText;
import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The timeline's view-model: markers for the loaded trace grouped in its titled phases, which phase the cursor is
 * in, jumps to the previous and next phase, where the cursor is, and the virtual time.
 */
public final class TimelineModel {

    private final Player player;
    private final ObservableList<EventMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<EventMarker> readOnlyMarkers = FXCollections.unmodifiableObservableList(markers);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ObservableList<PhaseGroup> phases = FXCollections.observableArrayList();
    private final ObservableList<PhaseGroup> readOnlyPhases = FXCollections.unmodifiableObservableList(phases);
    private final ReadOnlyIntegerWrapper currentPhase = new ReadOnlyIntegerWrapper(this, "currentPhase", -1);
    private final ReadOnlyStringWrapper phaseTitle = new ReadOnlyStringWrapper(this, "phaseTitle", "");

    public TimelineModel(Player player) {
        this.player = player;
        player.traceProperty().addListener((obs, old, trace) -> {
            markers.setAll(trace == null ? List.of() : trace.events().stream().map(EventMarker::of).toList());
            phases.setAll(trace == null ? List.of() : PhaseGroups.of(trace));
            update();
        });
        player.cursorProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        updatePhase();
        Trace trace = player.getTrace();
        if (trace == null || trace.size() == 0) {
            clock.set("");
            position.set(trace == null ? "" : "No events");
            return;
        }
        TraceEvent current = player.getCurrentEvent();
        TraceEvent first = trace.event(0);
        clock.set(current == null ? TimeText.clock(first.at()) : TimeText.sinceStart(first.at(), current.at()));
        position.set(current == null ? trace.size() + " steps" : "Step " + (current.seq() + 1) + " of " + trace.size());
    }

    private void updatePhase() {
        int cursor = player.getCursor();
        int index = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).contains(cursor)) {
                index = i;
            }
        }
        currentPhase.set(index);
        phaseTitle.set(index < 0 ? "" : phases.get(index).title() + (phases.size() > 1
                ? "  ·  " + (index + 1) + "/" + phases.size() : ""));
    }

    /** To the first step of the next phase: the first phase that starts after the cursor. */
    public void nextPhase() {
        int cursor = player.getCursor();
        phases.stream().filter(p -> p.first() > cursor).findFirst().ifPresent(p -> player.jumpTo(p.first()));
    }

    /**
     * To the first step of the phase the cursor is in, or, when it is there already, of the phase before (as a
     * music player's "previous" does).
     */
    public void previousPhase() {
        int cursor = player.getCursor();
        phases.stream().filter(p -> p.first() < cursor).reduce((a, b) -> b).ifPresent(p -> player.jumpTo(p.first()));
    }

    /** Asks the Player to show event {@code seq}. */
    public void jumpTo(int seq) {
        player.jumpTo(seq);
    }

    public ObservableList<EventMarker> markers() {
        return readOnlyMarkers;
    }

    /** The loaded trace's phases, in order, with their markers. */
    public ObservableList<PhaseGroup> phases() {
        return readOnlyPhases;
    }

    /** The index in {@link #phases()} of the phase the cursor is in; -1 before the first step. */
    public ReadOnlyIntegerProperty currentPhaseProperty() {
        return currentPhase.getReadOnlyProperty();
    }

    /** {@code The thief refreshes  ·  3/9}: the current phase's title and place; empty before the first step. */
    public ReadOnlyStringProperty phaseTitleProperty() {
        return phaseTitle.getReadOnlyProperty();
    }

    /** The current event's virtual time and how long after the first event it is: {@code 09:20:00 (+20 min)}. */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** {@code Step 3 of 17}, or {@code 17 steps} before the first. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Player player() {
        return player;
    }
}
