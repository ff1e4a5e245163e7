package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.Artifact;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A presented certificate chain, leaf first: one card per certificate with its subject, issuer, SANs, validity
 * as a bar against the event's time, key usage, extended key usage, basic constraints, serial and SHA-256
 * fingerprint; the certificate the judging check refused is marked with its failure and reason. Activating a
 * card selects its PEM for Copy and Save (the card of the selected PEM is {@code :selected}).
 */
public final class ChainPane extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ObservableValue<Artifact> selected;
    private final Consumer<ChainRow> select;

    /**
     * @param rows     the chain (kept in sync)
     * @param selected the artifact Copy and Save act on
     * @param select   called with the activated card's row (a view-model method)
     */
    public ChainPane(ObservableList<ChainRow> rows, ObservableValue<Artifact> selected, Consumer<ChainRow> select) {
        this.selected = selected;
        this.select = select;
        getStyleClass().add("chain-pane");
        rows.addListener((ListChangeListener<ChainRow>) change -> rebuild(rows));
        selected.addListener((obs, old, now) -> markSelected());
        rebuild(rows);
    }

    private void rebuild(List<ChainRow> rows) {
        getChildren().clear();
        for (ChainRow row : rows) {
            getChildren().add(card(row));
        }
        markSelected();
    }

    private void markSelected() {
        getChildren().forEach(card -> card.pseudoClassStateChanged(SELECTED,
                card.getUserData() == selected.getValue() && selected.getValue() != null));
    }

    private VBox card(ChainRow row) {
        Label place = label(row.place(), "chain-place");
        place.setMinWidth(Label.USE_PREF_SIZE);
        Label title = wrapping(row.artifact().label(), "chain-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(place, title);
        head.getStyleClass().add("chain-head");
        VBox card = new VBox(head);
        card.getStyleClass().add("chain-card");
        card.setUserData(row.artifact());
        if (row.refused()) {
            card.getStyleClass().add("chain-refused");
            FontIcon mark = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
            mark.getStyleClass().add("chain-refused-mark");
            Label failure = wrapping(row.failure().failure() + " (" + row.failure().check() + ")", "chain-failure");
            failure.setGraphic(mark);
            card.getChildren().addAll(failure, wrapping(row.failure().reason(), "chain-failure-reason"));
        }
        if (row.certificate() == null) {
            card.getChildren().add(wrapping(row.problem(), "chain-problem"));
        } else {
            card.getChildren().addAll(validity(row.certificate()), facts(row.certificate()));
        }
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(row.place() + " " + row.artifact().label()
                + (row.refused() ? ", refused: " + row.failure().failure() : ""));
        card.setOnMouseClicked(e -> select.accept(row));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select.accept(row);
            }
        });
        return card;
    }

    private static VBox validity(CertificateSummary certificate) {
        String state = certificate.validity().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProgressBar bar = new ProgressBar(certificate.elapsed());
        bar.getStyleClass().addAll("validity-bar", "validity-" + state);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label note = wrapping(certificate.validityNote(), "validity-note");
        note.getStyleClass().add("validity-" + state);
        Label from = label(VirtualTimes.date(certificate.notBefore()), "validity-date");
        Label to = label(VirtualTimes.date(certificate.notAfter()), "validity-date");
        HBox.setHgrow(from, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        HBox dates = new HBox(from, to);
        dates.getStyleClass().add("validity-dates");
        VBox box = new VBox(note, bar, dates);
        box.getStyleClass().add("validity");
        return box;
    }

    private static GridPane facts(CertificateSummary certificate) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("chain-facts");
        ColumnConstraints key = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        grid.getColumnConstraints().addAll(key, value);
        int row = 0;
        grid.addRow(row++, key("subject"), wrapping(certificate.subject(), "chain-value"));
        grid.addRow(row++, key("issuer"), wrapping(certificate.issuer(), "chain-value"));
        if (!certificate.subjectAltNames().isEmpty()) {
            grid.addRow(row++, key("SANs"), wrapping(String.join("\n", certificate.subjectAltNames()), "chain-value"));
        }
        grid.addRow(row++, key("key usage"), wrapping(orNone(certificate.keyUsage()), "chain-value"));
        grid.addRow(row++, key("EKU"), wrapping(orNone(certificate.extendedKeyUsage()), "chain-value"));
        grid.addRow(row++, key("basic"), wrapping(certificate.ca(), "chain-value"));
        grid.addRow(row++, key("serial"), wrapping(certificate.serial(), "chain-value", "chain-hex"));
        grid.addRow(row, key("SHA-256"), wrapping(certificate.sha256(), "chain-value", "chain-hex"));
        return grid;
    }

    private static String orNone(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }

    private static Label key(String text) {
        Label key = label(text, "chain-key");
        key.setMinWidth(Label.USE_PREF_SIZE);
        return key;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label wrapping(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }
}
