package dev.trustflow.app.whatif;

import atlantafx.base.controls.ToggleSwitch;
import dev.trustflow.app.session.OptionField;
import dev.trustflow.app.session.ScenarioSession;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The what-ifs of the current scenario, rebuilt whenever the scenario changes. */
public final class WhatIfPanel extends VBox {

    private final ScenarioSession session;
    private final VBox rows = new VBox();
    private final Label none = new Label("This scenario has no what-ifs.");

    public WhatIfPanel(ScenarioSession session) {
        this.session = session;
        getStyleClass().add("whatif-panel");
        setId("whatif");
        Label title = new Label("What if…");
        title.getStyleClass().add("panel-title");
        rows.getStyleClass().add("whatif-rows");
        none.getStyleClass().add("panel-placeholder");
        none.setWrapText(true);
        getChildren().addAll(title, new TriedChangesView(session.tried()), rows);
        session.fields().addListener((ListChangeListener<OptionField>) c -> rebuild());
        session.selectedProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        setVisible(session.getSelected() != null);
        setManaged(isVisible());
        if (session.fields().isEmpty()) {
            rows.getChildren().add(none);
            return;
        }
        for (OptionField field : session.fields()) {
            rows.getChildren().add(row(field));
        }
    }

    private static VBox row(OptionField field) {
        Control control = OptionControls.create(field);
        Label caption = new Label(field.description());
        caption.getStyleClass().add("whatif-caption");
        caption.setWrapText(true);
        Label label = new Label(field.label());
        label.getStyleClass().add("whatif-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        VBox row;
        if (control instanceof ToggleSwitch) {
            HBox line = new HBox(label, control);
            line.getStyleClass().add("whatif-toggle-line");
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(label, Priority.ALWAYS);
            label.setMaxWidth(Double.MAX_VALUE);
            control.setMinWidth(Region.USE_PREF_SIZE);
            row = new VBox(line, caption);
        } else {
            row = new VBox(label, control, caption);
        }
        row.getStyleClass().add("whatif-row");
        return row;
    }
}
