package dev.trustflow.app.inspector;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A decoded JWT shown like jwt.io: the compact form coloured by part, then the header, the payload (JSON and
 * claim rows with notes) and the signature, each in its part's colour ({@code jwt-header}, {@code jwt-payload},
 * {@code jwt-signature} in {@code inspector.css}). Shows whatever {@code token} holds; empty when it is null.
 */
public final class TokenPane extends VBox {

    public TokenPane(ObservableValue<TokenDisplay> token) {
        getStyleClass().add("token-pane");
        token.addListener((obs, old, now) -> show(now));
        show(token.getValue());
    }

    private void show(TokenDisplay token) {
        getChildren().clear();
        setVisible(token != null);
        setManaged(token != null);
        if (token == null) {
            return;
        }
        TextFlow compact = new TextFlow(part(token.headerPart(), "jwt-header"), part(".", "jwt-dot"),
                part(token.payloadPart(), "jwt-payload"), part(".", "jwt-dot"),
                part(token.signaturePart(), "jwt-signature"));
        compact.getStyleClass().add("jwt-compact");
        getChildren().addAll(
                caption("Encoded (base64url, not encrypted)"), compact,
                caption("Header: algorithm " + token.alg()), json(token.headerJson(), "jwt-header"),
                caption("Payload: claims (readable by anyone)"), json(token.payloadJson(), "jwt-payload"),
                claims(token),
                caption("Signature"), note(token.signatureNote(), "jwt-signature"));
    }

    private static Text part(String text, String styleClass) {
        Text run = new Text(text);
        run.getStyleClass().addAll("jwt-part", styleClass);
        return run;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("jwt-caption");
        return label;
    }

    private static TextFlow json(String json, String styleClass) {
        TextFlow flow = new TextFlow(part(json, styleClass));
        flow.getStyleClass().addAll("jwt-json", styleClass + "-box");
        return flow;
    }

    private static TextFlow note(String text, String styleClass) {
        TextFlow flow = new TextFlow(part(text, styleClass));
        flow.getStyleClass().add("jwt-note");
        return flow;
    }

    private static GridPane claims(TokenDisplay token) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("claim-grid");
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        grid.getColumnConstraints().addAll(name, value);
        int row = 0;
        for (ClaimRow claim : token.claims()) {
            Label key = new Label(claim.name());
            key.getStyleClass().add("claim-name");
            VBox cell = new VBox(wrapping(claim.value(), "claim-value"));
            if (!claim.note().isEmpty()) {
                cell.getChildren().add(wrapping(claim.note(), "claim-note"));
            }
            grid.addRow(row++, key, cell);
        }
        return grid;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
