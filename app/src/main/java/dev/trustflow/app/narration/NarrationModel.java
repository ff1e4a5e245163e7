package dev.trustflow.app.narration;

import dev.trustflow.app.player.Player;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the narration bar says. {@code caption} follows the Player: the current event's caption, or a hint
 * before the first event. {@code lessonText} is free for lesson code to set (empty hides the line).
 */
public final class NarrationModel {

    static final String NOTHING_LOADED = "Pick a scenario on the left to start.";
    static final String READY = "Press Space to play, or → to step through it.";

    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final StringProperty lessonText = new SimpleStringProperty(this, "lessonText", "");

    public NarrationModel(Player player) {
        caption.bind(Bindings.createStringBinding(() -> captionFor(player.getTrace(), player.getCurrentEvent()),
                player.traceProperty(), player.currentEventProperty()));
        kind.bind(Bindings.createStringBinding(() -> player.getCurrentEvent() == null ? ""
                : player.getCurrentEvent().kind(), player.currentEventProperty()));
    }

    static String captionFor(Trace trace, TraceEvent current) {
        if (current != null) {
            return current.caption().isBlank() ? current.kind() + " by " + current.actor() : current.caption();
        }
        if (trace == null) {
            return NOTHING_LOADED;
        }
        return sentence(trace.title()) + " " + READY;
    }

    /** {@code title} ending as a sentence ends: a full stop only where it has no end mark of its own. */
    static String sentence(String title) {
        String t = title.strip();
        return t.isEmpty() || ".?!".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /** The current event's caption, big and readable. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public String getCaption() {
        return caption.get();
    }

    /** The current event's kind ({@code check.fail}...), empty before the first; the bar styles itself by it. */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The lesson's narration for this step; lesson code sets it, empty hides the second line. */
    public StringProperty lessonTextProperty() {
        return lessonText;
    }

    public String getLessonText() {
        return lessonText.get();
    }

    public void setLessonText(String text) {
        lessonText.set(text == null ? "" : text);
    }
}
