package dev.trustflow.app.inspector;

import dev.trustflow.app.fx.Once;
import dev.trustflow.app.handshake.HandshakePane;
import dev.trustflow.sim.trace.Artifact;
import java.io.File;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The right-hand inspector: binds to an {@link InspectorViewModel} and shows the event summary, the selected
 * artifact (a JWT decoded in colour, whose coloured compact form is its raw text; PEM certificates as their
 * chain, leaf first; anything else raw) with Copy and Save..., a TLS handshake message's handshake view
 * ({@link HandshakePane}: fields, records on the wire, key schedule), the check report and the event's data. Sections without content are hidden, so a check event
 * opens on its report and a request on its token. A thin view: handlers only call view-model methods. Sized
 * for a column about 380 px wide; it scrolls vertically.
 */
public final class InspectorView extends ScrollPane {

    /** Classpath location of the inspector's stylesheet (also used by the token workbench). */
    public static final String STYLESHEET = "/dev/trustflow/assets/css/inspector.css";

    private final InspectorViewModel viewModel;
    private final CheckListPane checks;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("inspector");
        addStylesheet(getStylesheets());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        checks = new CheckListPane(viewModel.checkRows(), viewModel::selectCheck);
        HandshakePane handshake = new HandshakePane(viewModel.handshake());
        // the handshake view shows a message's fields as its table: the data grid would say them twice
        var dataShown = visibleWhenNotEmpty(viewModel.dataRows()).and(handshake.visibleProperty().not());
        // after the artifacts: a Certificate message opens on its chain (and a refused link), then its wire view
        // the artifact's controls (chooser, text area, buttons) are built when the first artifact shows: until then
        // they would only cost the main window's first frame its styling and skins
        VBox content = new VBox(summary(),
                section("Artifact", this::artifactBox, visibleWhenNotEmpty(viewModel.artifacts())), handshake,
                section("Checks", () -> checks, visibleWhenNotEmpty(viewModel.checkRows())),
                section("Data", this::dataGrid, dataShown));
        content.getStyleClass().add("inspector-content");
        setContent(content);
    }

    static void addStylesheet(java.util.List<String> stylesheets) {
        var css = InspectorView.class.getResource(STYLESHEET);
        if (css != null) {
            stylesheets.add(css.toExternalForm());
        }
    }

    public InspectorViewModel viewModel() {
        return viewModel;
    }

    /** The check report (its popover shows explanations). */
    public CheckListPane checkList() {
        return checks;
    }

    private Node summary() {
        Label kind = label("inspector-kind");
        Label route = label("inspector-route");
        Label time = label("inspector-time");
        Label caption = label("inspector-caption");
        caption.setWrapText(true);
        kind.textProperty().bind(Bindings.createStringBinding(() -> viewModel.summaryProperty().get().kind(),
                viewModel.summaryProperty()));
        route.textProperty().bind(Bindings.createStringBinding(() -> viewModel.summaryProperty().get().route(),
                viewModel.summaryProperty()));
        time.textProperty().bind(Bindings.createStringBinding(() -> viewModel.summaryProperty().get().time(),
                viewModel.summaryProperty()));
        caption.textProperty().bind(Bindings.createStringBinding(() -> viewModel.summaryProperty().get().caption(),
                viewModel.summaryProperty()));
        // with no event selected only the caption says so: an empty kind chip would show as a bare coloured box
        for (Label part : List.of(kind, route, time)) {
            showWhen(part, part.textProperty().isNotEmpty());
        }
        HBox headline = new HBox(kind, time);
        headline.getStyleClass().add("inspector-headline");
        VBox box = new VBox(headline, route, caption);
        box.getStyleClass().add("inspector-summary");
        return box;
    }

    private Node artifactBox() {
        ComboBox<Artifact> chooser = new ComboBox<>(viewModel.artifacts());
        chooser.getStyleClass().add("artifact-chooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(list -> new ArtifactCell());
        chooser.setButtonCell(new ArtifactCell());
        chooser.valueProperty().bindBidirectional(viewModel.selectedArtifactProperty());

        Label problem = label("token-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.tokenProblemProperty());
        showWhen(problem, viewModel.tokenProblemProperty().isNotEmpty());

        TextArea raw = new TextArea();
        raw.getStyleClass().add("artifact-raw");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefRowCount(5);
        raw.textProperty().bind(viewModel.rawTextProperty());
        // a decoded token, a read chain or a table shows the artifact already: the raw text would say it twice
        var rawShown = viewModel.tokenProperty().isNull().and(Bindings.isEmpty(viewModel.chainRows()))
                .and(viewModel.tableProperty().isNull());
        Label rawTitle = label("Raw", "section-minor");
        showWhen(rawTitle, rawShown);
        showWhen(raw, rawShown);
        ChainPane chain = new ChainPane(viewModel.chainRows(), viewModel.selectedArtifactProperty(),
                viewModel::selectCertificate);
        showWhen(chain, Bindings.isNotEmpty(viewModel.chainRows()));

        Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setOnAction(e -> viewModel.copyRaw());
        Button save = new Button("Save\u2026", new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.setOnAction(e -> chooseFileAndSave());
        save.disableProperty().bind(viewModel.savingProperty());
        Label status = label("artifact-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        HBox actions = new HBox(copy, save);
        actions.getStyleClass().add("artifact-actions");

        VBox box = new VBox(chooser, problem, new TokenPane(viewModel.tokenProperty()),
                new ArtifactTablePane(viewModel.tableProperty()), chain, rawTitle, raw, actions, status);
        box.getStyleClass().add("artifact-box");
        return box;
    }

    private void chooseFileAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save artifact");
        chooser.setInitialFileName(viewModel.suggestedFileName());
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            viewModel.saveRaw(file.toPath());
        }
    }

    private GridPane dataGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("data-grid");
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (DataRow data : viewModel.dataRows()) {
                Label value = label("data-value");
                value.setText(data.value());
                value.setWrapText(true);
                Label key = label(data.key(), "data-key");
                key.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(row++, key, value);
            }
        };
        viewModel.dataRows().addListener((ListChangeListener<DataRow>) change -> fill.run());
        fill.run();
        return grid;
    }

    /** A titled section, shown while {@code visible}; its body is built the first time it shows. */
    private static VBox section(String title, Supplier<Node> body, javafx.beans.binding.BooleanBinding visible) {
        VBox section = new VBox(label(title, "section-title"));
        section.getStyleClass().add("inspector-section");
        showWhen(section, visible);
        Once.when(visible, shown -> shown, shown -> section.getChildren().add(body.get()));
        return section;
    }

    private static javafx.beans.binding.BooleanBinding visibleWhenNotEmpty(javafx.collections.ObservableList<?> list) {
        return Bindings.isNotEmpty(list);
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Label label(String styleClass) {
        return label("", styleClass);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Shows an artifact as "label (type)". */
    private static final class ArtifactCell extends ListCell<Artifact> {
        @Override
        protected void updateItem(Artifact item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label() + " (" + item.type() + ")");
        }
    }
}
