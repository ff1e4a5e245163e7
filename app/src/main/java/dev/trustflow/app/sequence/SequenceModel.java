package dev.trustflow.app.sequence;

import dev.trustflow.app.player.Player;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The sequence diagram's view-model: the layout of the trace on screen (rebuilt when the trace changes) and
 * the current row, which is the player's cursor. Rows before it are past, rows after it are still to come.
 */
public final class SequenceModel {

    /** Where a row stands relative to the cursor. */
    public enum RowState {
        PAST, CURRENT, FUTURE
    }

    private final Player player;
    private final ReadOnlyObjectWrapper<SequenceLayout> layout =
            new ReadOnlyObjectWrapper<>(this, "layout", SequenceLayout.empty());

    public SequenceModel(Player player) {
        this.player = player;
        player.traceProperty().addListener((obs, old, trace) -> layout.set(SequenceLayout.of(trace)));
        layout.set(SequenceLayout.of(player.getTrace()));
    }

    /** Moves the player to the event of {@code row} (a click on the row). */
    public void select(int row) {
        player.jumpTo(row);
    }

    public RowState state(int row) {
        int cursor = player.getCursor();
        return row < cursor ? RowState.PAST : row == cursor ? RowState.CURRENT : RowState.FUTURE;
    }

    public ReadOnlyObjectProperty<SequenceLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public SequenceLayout getLayout() {
        return layout.get();
    }

    /** The current row (the player's cursor), -1 before the first event. */
    public ReadOnlyIntegerProperty currentRowProperty() {
        return player.cursorProperty();
    }

    public int getCurrentRow() {
        return player.getCursor();
    }
}
