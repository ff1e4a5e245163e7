package dev.trustflow.app.compare;

import dev.trustflow.app.narration.NarrationModel;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.stage.StageModel;
import dev.trustflow.sim.trace.Trace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One side of the comparison: its heading ({@code PKCE: on}), a Player over its run that only the shared
 * transport moves, the stage and caption that follow that Player, and whether this side waits (has no event
 * of its own) or differs from the other side at the current step. No nodes.
 */
public final class CompareSide {

    private final Player player = new Player(new ManualTickSource());
    private final StageModel stage = new StageModel(player);
    private final NarrationModel narration = new NarrationModel(player);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyBooleanWrapper differs = new ReadOnlyBooleanWrapper(this, "differs");

    void setHeading(String text) {
        heading.set(text);
    }

    void show(Trace trace) {
        player.load(trace);
        update(false, false);
    }

    /** Shows event {@code index} (-1: before the first). */
    void moveTo(int index, boolean waitingHere, boolean differsHere) {
        player.jumpTo(index);
        update(waitingHere, differsHere);
    }

    void setSpeed(double speed) {
        player.setSpeed(speed);
    }

    private void update(boolean waitingHere, boolean differsHere) {
        waiting.set(waitingHere);
        differs.set(differsHere);
        Trace trace = player.getTrace();
        int size = trace == null ? 0 : trace.size();
        position.set(player.getCursor() < 0 ? size + " steps" : "Step " + (player.getCursor() + 1) + " of " + size);
    }

    public Player player() {
        return player;
    }

    public StageModel stage() {
        return stage;
    }

    /** The current event's caption, as the main narration bar words it. */
    public ReadOnlyStringProperty captionProperty() {
        return narration.captionProperty();
    }

    public String getCaption() {
        return narration.getCaption();
    }

    /** The current event's kind ({@code check.fail}...), empty before the first. */
    public ReadOnlyStringProperty kindProperty() {
        return narration.kindProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public String getHeading() {
        return heading.get();
    }

    /** {@code Step 12 of 71} in this side's own run. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** True when this run has no step here and keeps showing its previous one while the other side moves. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public boolean isWaiting() {
        return waiting.get();
    }

    /** True when the two runs do not do the same thing at the current step. */
    public ReadOnlyBooleanProperty differsProperty() {
        return differs.getReadOnlyProperty();
    }

    public boolean isDiffers() {
        return differs.get();
    }
}
