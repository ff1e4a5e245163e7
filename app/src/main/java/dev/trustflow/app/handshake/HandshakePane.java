package dev.trustflow.app.handshake;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The handshake view of a {@code tls.message}: what the message is for, its fields, the records that carried it as
 * hex dumps (marked encrypted or in the clear), the message as its receiver decrypted it, and the key schedule so
 * far with a copy button for each secret. Rebuilt whenever {@link HandshakeViewModel#displayProperty()} changes;
 * hidden when there is nothing to show. Styled by inspector.css.
 */
public final class HandshakePane extends VBox {

    /** Most lines a hex dump shows before it scrolls. */
    static final int MAX_DUMP_LINES = 8;

    private final HandshakeViewModel viewModel;

    public HandshakePane(HandshakeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("handshake-pane");
        var showing = viewModel.displayProperty().isNotNull().or(viewModel.problemProperty().isNotEmpty());
        visibleProperty().bind(showing);
        managedProperty().bind(showing);
        viewModel.displayProperty().addListener((obs, old, now) -> rebuild(now));
        viewModel.problemProperty().addListener((obs, old, now) -> rebuild(viewModel.displayProperty().get()));
        rebuild(viewModel.displayProperty().get());
    }

    private void rebuild(HandshakeDisplay display) {
        getChildren().clear();
        if (display == null) {
            if (!viewModel.problemProperty().get().isEmpty()) {
                getChildren().add(wrapping(viewModel.problemProperty().get(), "handshake-problem"));
            }
            return;
        }
        getChildren().addAll(wrapping("Handshake message", "section-title"),
                wrapping(display.title(), "handshake-title"), wrapping(display.purpose(), "handshake-purpose"),
                fields(display), wrapping("On the wire", "section-minor"));
        for (RecordDump record : display.records()) {
            getChildren().add(record(record));
        }
        if (display.encrypted()) {
            getChildren().addAll(wrapping("As the receiver decrypted it", "section-minor"),
                    dump(display.messageHex(), display.messageHex().split("\n").length));
        }
        getChildren().add(wrapping("Key schedule so far", "section-minor"));
        if (display.secrets().isEmpty()) {
            getChildren().add(wrapping("No secret derived yet.",
                    "handshake-note"));
        }
        for (SecretRow secret : display.secrets()) {
            getChildren().add(secret(secret));
        }
        Label status = wrapping("", "handshake-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().add(status);
    }

    /**
     * The fields, each name above its value: the values (randoms, key shares, lists) get the column's whole width,
     * and nothing is squeezed when the text is large.
     */
    private static VBox fields(HandshakeDisplay display) {
        VBox fields = new VBox();
        fields.getStyleClass().add("handshake-fields");
        for (FieldRow field : display.fields()) {
            Label text = wrapping(field.value(), "handshake-value");
            text.setMinWidth(0);
            VBox row = new VBox(wrapping(field.name(), "handshake-field"), text);
            row.getStyleClass().add("handshake-field-row");
            fields.getChildren().add(row);
        }
        return fields;
    }

    private static VBox record(RecordDump record) {
        Label title = wrapping(record.title(), "record-title");
        Label note = wrapping(record.note(), "record-note");
        VBox box = new VBox(title, note, dump(record.hex(), record.lines()));
        box.getStyleClass().addAll("record-dump", record.encrypted() ? "record-encrypted" : "record-clear");
        return box;
    }

    private static TextArea dump(String hex, int lines) {
        TextArea area = new TextArea(hex);
        area.getStyleClass().add("hex-dump");
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(Math.min(lines, MAX_DUMP_LINES));
        area.setMinHeight(Region.USE_PREF_SIZE);
        return area;
    }

    private Node secret(SecretRow secret) {
        Label label = wrapping(secret.label(), "secret-label");
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().add("secret-copy");
        copy.setTooltip(new Tooltip("Copy the whole value"));
        copy.setAccessibleText("Copy " + secret.label());
        copy.setOnAction(e -> viewModel.copy(secret));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(label, copy);
        head.getStyleClass().add("secret-head");
        VBox box = new VBox(head, wrapping(secret.shortened(), "secret-value"),
                wrapping("derived by " + secret.derivedBy(), "secret-note"),
                wrapping("protects " + secret.protects(), "secret-note"));
        box.getStyleClass().add("secret-row");
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = label(text, styleClass);
        label.setWrapText(true);
        return label;
    }
}
