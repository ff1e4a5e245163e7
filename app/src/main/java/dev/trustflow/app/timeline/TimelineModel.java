package dev.trustflow.app.timeline;

import dev.trustflow.app.format.TimeText;
import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The timeline's view-model: markers for the loaded trace, where the cursor is, and the virtual time. */
public final class TimelineModel {

    private final Player player;
    private final ObservableList<EventMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<EventMarker> readOnlyMarkers = FXCollections.unmodifiableObservableList(markers);
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    public TimelineModel(Player player) {
        this.player = player;
        player.traceProperty().addListener((obs, old, trace) -> {
            markers.setAll(trace == null ? java.util.List.of() : trace.events().stream().map(EventMarker::of).toList());
            update();
        });
        player.cursorProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
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

    /** Asks the Player to show event {@code seq}. */
    public void jumpTo(int seq) {
        player.jumpTo(seq);
    }

    public ObservableList<EventMarker> markers() {
        return readOnlyMarkers;
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
