package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Actor;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One actor on the stage: a round badge with its icon and, below, its name. */
final class ActorNode extends VBox {

    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    static final PseudoClass COMPROMISED = PseudoClass.getPseudoClass("compromised");

    private final Actor actor;
    private final StackPane badge;

    private final Label name;

    /** The font {@link #widestWord} was measured in (layout asks on every pass; measuring makes Text nodes). */
    private javafx.scene.text.Font measuredFont;
    private double widestWord;

    ActorNode(Actor actor) {
        this.actor = actor;
        getStyleClass().addAll("actor", "actor-" + actor.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setAlignment(Pos.TOP_CENTER);
        badge = new StackPane(StageIcons.icon(StageIcons.actor(actor.kind()), "actor-icon"));
        badge.getStyleClass().add("actor-badge");
        name = new Label(actor.label());
        name.getStyleClass().add("actor-label");
        name.setWrapText(true);
        name.setAlignment(Pos.CENTER);
        getChildren().addAll(badge, name);
        setId("actor-" + actor.id());
        Tooltip.install(this, new Tooltip(actor.label() + " (" + actor.id() + ")"));
    }

    Actor actor() {
        return actor;
    }

    /** The width the longest word of the label needs, so that wrapping never breaks a word in two. */
    double longestWordWidth() {
        javafx.scene.text.Font font = name.getFont();
        if (!font.equals(measuredFont)) {
            double widest = 0;
            for (String word : actor.label().split("\\s+")) {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(word);
                probe.setFont(font);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            measuredFont = font;
            widestWord = widest;
        }
        return Math.ceil(widestWord + name.snappedLeftInset() + name.snappedRightInset() + 14);
    }

    /** The size of the name's font, in pixels. */
    double nameFontSize() {
        return name.getFont().getSize();
    }

    /** Half the badge's height: the distance from the node's top to the badge's centre. */
    double badgeRadius() {
        return badge.prefHeight(-1) / 2;
    }

    void setActive(boolean active) {
        pseudoClassStateChanged(ACTIVE, active);
    }

    void setCompromised(boolean compromised) {
        pseudoClassStateChanged(COMPROMISED, compromised);
    }

    boolean isCompromised() {
        return getPseudoClassStates().contains(COMPROMISED);
    }
}
