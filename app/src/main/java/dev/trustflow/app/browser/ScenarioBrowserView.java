package dev.trustflow.app.browser;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryKind;
import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.stage.StageIcons;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The list of scenarios (and later lessons), the seed and a re-run button. */
public final class ScenarioBrowserView extends VBox {

    /** Room for five or six entries (a lesson's objectives open below it); the what-if panel gets the rest. */
    private static final double BROWSER_LIST_HEIGHT = 360;
    private static final Pattern SEED_TEXT = Pattern.compile("-?\\d{0,18}");

    public ScenarioBrowserView(ScenarioSession session) {
        getStyleClass().add("browser");
        setId("browser");
        Label title = new Label("Lessons and scenarios");
        title.getStyleClass().add("panel-title");

        ListView<BrowserEntry> list = new ListView<>(session.entries());
        list.setId("scenario-list");
        list.getStyleClass().add("browser-list");
        list.setCellFactory(v -> new EntryCell(session));
        session.marks().addListener((javafx.collections.MapChangeListener<String, EntryMark>) c -> list.refresh());
        Label placeholder = new Label("No scenarios yet. Open a saved trace with Ctrl+O.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("panel-placeholder");
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setPrefHeight(BROWSER_LIST_HEIGHT);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> session.select(entry));
        session.entries().addListener((javafx.collections.ListChangeListener<BrowserEntry>) c -> {
            BrowserEntry open = session.getSelected();
            if (open != null && list.getSelectionModel().getSelectedItem() == null && list.getItems().contains(open)) {
                list.getSelectionModel().select(open);
            }
        });
        session.selectedProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != entry) {
                list.getSelectionModel().select(entry);
                list.scrollTo(entry);
            }
        });

        Label seedLabel = new Label("Seed");
        seedLabel.getStyleClass().add("seed-label");
        TextField seed = new TextField();
        seed.setId("seed");
        seed.getStyleClass().add("seed-field");
        seed.setPrefColumnCount(8);
        TextFormatter<Long> formatter = new TextFormatter<>(new SeedConverter(), session.getSeed(), digitsOnly());
        seed.setTextFormatter(formatter);
        seed.setTooltip(new Tooltip("The run's seed: the same seed and what-ifs give the same story. Enter applies."));
        formatter.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                session.setSeed(value);
            }
        });
        session.seedProperty().addListener((obs, old, value) -> formatter.setValue(value.longValue()));
        seedLabel.setLabelFor(seed);
        HBox.setHgrow(seed, Priority.ALWAYS);
        Button rerun = new Button(null, StageIcons.icon(MaterialDesignR.REFRESH, "button-icon"));
        rerun.setId("rerun");
        rerun.setTooltip(new Tooltip("Run again"));
        rerun.disableProperty().bind(session.selectedProperty().isNull());
        rerun.setOnAction(e -> session.rerun());
        HBox seedRow = new HBox(seedLabel, seed, rerun);
        seedRow.getStyleClass().add("seed-row");
        seedRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, list, seedRow);
    }

    private static UnaryOperator<TextFormatter.Change> digitsOnly() {
        return change -> SEED_TEXT.matcher(change.getControlNewText()).matches() ? change : null;
    }

    /** Text to seed; incomplete text ("", "-") keeps the previous value. */
    private static final class SeedConverter extends StringConverter<Long> {
        @Override
        public String toString(Long value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Long fromString(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static final class EntryCell extends ListCell<BrowserEntry> {
        /** Cell padding and a vertical scroll bar: what the text must leave free to wrap inside the list. */
        private static final double WRAP_ALLOWANCE = 40;

        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final Label kind = new Label();
        private final Label mark = new Label();
        private final Label details = new Label();
        private final Tooltip tip = new Tooltip();
        private final ScenarioSession session;
        private final VBox box;
        private final HBox badges;

        /** A box that wraps its labels to its own preferred width even when asked for its height without one. */
        private static final class WrappingBox extends VBox {
            WrappingBox(javafx.scene.Node... children) {
                super(children);
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
            }
        }

        EntryCell(ScenarioSession session) {
            this.session = session;
            title.getStyleClass().add("entry-title");
            title.setWrapText(true);
            subtitle.getStyleClass().add("entry-subtitle");
            subtitle.setWrapText(true);
            kind.getStyleClass().add("entry-kind");
            mark.getStyleClass().add("entry-mark");
            details.getStyleClass().add("entry-details");
            details.setWrapText(true);
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            badges = new HBox(kind, gap, mark);
            box = new WrappingBox(badges, title, subtitle, details);
            selectedProperty().addListener((obs, old, on) -> showDetails());
            box.getStyleClass().add("entry");
            getStyleClass().add("entry-cell");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
        }

        /** As tall as the wrapped text needs (the theme's fixed cell size would cut it off). */
        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width)
                    : snappedTopInset() + box.prefHeight(-1) + snappedBottomInset();
        }

        @Override
        protected void updateItem(BrowserEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            box.getStyleClass().removeIf(c -> c.startsWith("entry-") && !c.equals("entry"));
            mark.getStyleClass().removeIf(c -> c.startsWith("mark-"));
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            title.setText(entry.title());
            setTooltip(entry.kind() == EntryKind.TOPIC ? null : tip);
            tip.setText(tooltipText(entry));
            setMouseTransparent(entry.kind() == EntryKind.TOPIC);
            subtitle.setText(entry.subtitle());
            subtitle.setVisible(!entry.subtitle().isEmpty());
            subtitle.setManaged(subtitle.isVisible());
            details.setText(entry.details());
            EntryMark now = session.marks().getOrDefault(entry.id(), EntryMark.NONE);
            mark.setText(now.label());
            badges.setVisible(entry.kind() != EntryKind.TOPIC);
            badges.setManaged(badges.isVisible());
            mark.getStyleClass().add(now.styleClass());
            showDetails();
            kind.setText(entry.kind().label());
            box.getStyleClass().add(entry.kind().styleClass());
            if (getListView() != null && !box.prefWidthProperty().isBound()) {
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(WRAP_ALLOWANCE));
            }
            setGraphic(box);
        }

        /** A lesson's objectives show when it is selected; a broken file's problem always shows. */
        private void showDetails() {
            BrowserEntry entry = getItem();
            boolean show = entry != null && !entry.details().isEmpty()
                    && (entry.kind() == EntryKind.PROBLEM || isSelected());
            details.setVisible(show);
            details.setManaged(show);
            requestLayout();
        }

        /** The entry's title and what it is about (one Tooltip per cell, reused: a Tooltip is a popup window). */
        private static String tooltipText(BrowserEntry entry) {
            String more = entry.details().isEmpty() && entry.scenario() != null
                    ? entry.scenario().description() : entry.details();
            return entry.title() + "\n" + more;
        }
    }
}
