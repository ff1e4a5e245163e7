package dev.trustflow.app.compare;

import dev.trustflow.app.stage.StageIcons;
import dev.trustflow.sim.scenario.OptionSpec;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The comparison screen: a header with the what-if and the two values, two stages side by side, the badge
 * where the runs part ways, and one transport. Handlers only call the view-model (and {@code close}).
 */
public final class CompareView extends BorderPane {

    private static final PseudoClass HERE = PseudoClass.getPseudoClass("here");

    public CompareView(CompareViewModel model, Runnable close) {
        getStyleClass().add("compare-view");
        setId("compare-view");

        Label title = new Label("Side by side: " + model.title(),
                StageIcons.icon(MaterialDesignC.COMPARE_HORIZONTAL, "compare-title-icon"));
        title.getStyleClass().add("compare-title");
        ComboBox<OptionSpec> option = new ComboBox<>(model.options());
        option.setId("compare-option");
        option.setConverter(new Text<>(spec -> spec.label()));
        option.setValue(model.specProperty().get());
        model.specProperty().addListener((obs, old, spec) -> option.setValue(spec));
        option.setOnAction(e -> model.chooseOption(option.getValue() == null ? null : option.getValue().key()));
        option.setTooltip(new Tooltip("The what-if to compare"));
        ComboBox<Object> leftValue = valuePicker(model, "compare-left-value", model.leftValueProperty().get(),
                model::setLeftValue);
        model.leftValueProperty().addListener((obs, old, value) -> leftValue.setValue(value));
        ComboBox<Object> rightValue = valuePicker(model, "compare-right-value", model.rightValueProperty().get(),
                model::setRightValue);
        model.rightValueProperty().addListener((obs, old, value) -> rightValue.setValue(value));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button closeButton = new Button("Close (Esc)", StageIcons.icon(MaterialDesignC.CLOSE, "compare-close-icon"));
        closeButton.setId("compare-close");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> close.run());
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(title, label("What-if"), option, label("Left"), leftValue, label("Right"), rightValue,
                spacer, closeButton);
        header.getStyleClass().add("compare-header");
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane sides = new GridPane();
        sides.getStyleClass().add("compare-sides");
        sides.addColumn(0, new CompareSidePane(model.left(), "left").parts().toArray(Node[]::new));
        sides.addColumn(1, new CompareSidePane(model.right(), "right").parts().toArray(Node[]::new));
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            sides.getColumnConstraints().add(half);
        }
        RowConstraints stageRow = new RowConstraints();
        stageRow.setVgrow(Priority.ALWAYS);
        sides.getRowConstraints().addAll(new RowConstraints(), stageRow, new RowConstraints());

        Label badge = new Label(null, StageIcons.icon(MaterialDesignC.CALL_SPLIT, "compare-badge-icon"));
        badge.setId("divergence-badge");
        badge.getStyleClass().add("divergence-badge");
        badge.setWrapText(true);
        badge.setMaxWidth(Double.MAX_VALUE);
        badge.textProperty().bind(model.badgeProperty());
        badge.visibleProperty().bind(Bindings.and(model.reachedProperty(), model.badgeProperty().isNotEmpty()));
        badge.managedProperty().bind(badge.visibleProperty());
        model.atFirstProperty().addListener((obs, old, on) -> badge.pseudoClassStateChanged(HERE, on));
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(badge.visibleProperty().not());
        summary.managedProperty().bind(summary.visibleProperty());
        VBox bottom = new VBox(badge, summary, new CompareTransportBar(model));
        bottom.getStyleClass().addAll("timeline", "compare-bottom");

        setTop(header);
        setCenter(sides);
        setBottom(bottom);
    }

    private static ComboBox<Object> valuePicker(CompareViewModel model, String id, Object value,
                                                Consumer<Object> pick) {
        ComboBox<Object> box = new ComboBox<>(model.values());
        box.setId(id);
        box.getStyleClass().add("compare-value");
        box.setConverter(new Text<>(model::valueText));
        box.setValue(value);
        box.setOnAction(e -> pick.accept(box.getValue()));
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("compare-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows items through a function; the pickers are not editable, so nothing is parsed back. */
    private static final class Text<T> extends StringConverter<T> {
        private final java.util.function.Function<T, String> show;

        Text(java.util.function.Function<T, String> show) {
            this.show = show;
        }

        @Override
        public String toString(T item) {
            return item == null ? "" : show.apply(item);
        }

        @Override
        public T fromString(String text) {
            return null;
        }
    }
}
