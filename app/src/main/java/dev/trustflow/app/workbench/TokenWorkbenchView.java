package dev.trustflow.app.workbench;

import dev.trustflow.app.inspector.CheckListPane;
import dev.trustflow.app.inspector.InspectorView;
import dev.trustflow.app.inspector.TokenPane;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The token workbench: on the left the inputs (token, JWKS, iss, aud, time) and Verify; on the right the
 * verdict, any input problem, the token decoded in colour and every check with its explanation. Put it in a
 * tab or its own window; it binds to a {@link TokenWorkbenchViewModel} and handlers only call its methods.
 */
public final class TokenWorkbenchView extends BorderPane {

    private final TokenWorkbenchViewModel viewModel;

    public TokenWorkbenchView(TokenWorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("token-workbench");
        var css = InspectorView.class.getResource(InspectorView.STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        SplitPane split = new SplitPane(form(), results());
        split.setDividerPositions(0.4);
        setCenter(split);
    }

    public TokenWorkbenchViewModel viewModel() {
        return viewModel;
    }

    private Node form() {
        TextArea token = area("token-input", "eyJhbGciOi\u2026 (a compact JWT, at most 16 KB)", 6);
        token.textProperty().bindBidirectional(viewModel.tokenTextProperty());
        TextArea jwks = area("jwks-input", "{\"keys\": [ \u2026 ]}  (optional: the issuer's public keys)", 6);
        jwks.textProperty().bindBidirectional(viewModel.jwksTextProperty());
        TextField issuer = field("issuer-input", "expected iss (optional)");
        issuer.textProperty().bindBidirectional(viewModel.issuerProperty());
        TextField audience = field("audience-input", "expected aud (optional)");
        audience.textProperty().bindBidirectional(viewModel.audienceProperty());
        TextField time = field("time-input", "now, or 2026-01-01T09:00:00Z");
        time.textProperty().bindBidirectional(viewModel.timeProperty());
        TextField secret = field("secret-input", "for HS256 tokens (optional), e.g. your-256-bit-secret");
        secret.textProperty().bindBidirectional(viewModel.secretProperty());

        GridPane fields = new GridPane();
        fields.getStyleClass().add("workbench-fields");
        fields.addRow(0, new Label("Issuer"), issuer);
        fields.addRow(1, new Label("Audience"), audience);
        fields.addRow(2, new Label("Check time"), time);
        fields.addRow(3, new Label("Shared secret"), secret);
        GridPane.setHgrow(issuer, Priority.ALWAYS);

        Button verify = new Button("Verify", new FontIcon(MaterialDesignS.SHIELD_CHECK));
        verify.getStyleClass().add("verify-button");
        verify.setDefaultButton(true);
        verify.setOnAction(e -> viewModel.verify());
        verify.disableProperty().bind(viewModel.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        showWhen(progress, viewModel.busyProperty());
        Label offline = label("Nothing is sent anywhere: decoding and verification run on this computer.",
                "workbench-hint");
        offline.setWrapText(true);

        VBox form = new VBox(new Label("Token"), token, new Label("Trusted keys (JWKS)"), jwks, fields,
                new HBox(8, verify, progress), offline);
        form.getStyleClass().add("workbench-form");
        VBox.setVgrow(token, Priority.SOMETIMES);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node results() {
        Label verdict = label("", "workbench-verdict");
        verdict.textProperty().bind(viewModel.verdictTextProperty());
        viewModel.verdictProperty().addListener((obs, old, now) -> {
            verdict.getStyleClass().removeAll("verdict-valid", "verdict-rejected");
            if (now == WorkbenchResult.Verdict.VALID) {
                verdict.getStyleClass().add("verdict-valid");
            } else if (now == WorkbenchResult.Verdict.REJECTED) {
                verdict.getStyleClass().add("verdict-rejected");
            }
        });
        showWhen(verdict, viewModel.verdictTextProperty().isNotEmpty());
        Label message = wrapping("", "workbench-message");
        message.textProperty().bind(viewModel.messageProperty());
        showWhen(message, viewModel.messageProperty().isNotEmpty());
        Label hint = wrapping("", "workbench-hint");
        hint.textProperty().bind(viewModel.hintProperty());
        showWhen(hint, viewModel.hintProperty().isNotEmpty());

        CheckListPane checks = new CheckListPane(viewModel.checkRows(), viewModel::selectCheck);
        Label checksTitle = label("Checks", "section-title");
        showWhen(checksTitle, Bindings.isNotEmpty(viewModel.checkRows()));
        Label tokenTitle = label("Decoded token", "section-title");
        showWhen(tokenTitle, viewModel.tokenProperty().isNotNull());

        VBox results = new VBox(verdict, message, hint, checksTitle, checks, tokenTitle,
                new TokenPane(viewModel.tokenProperty()));
        results.getStyleClass().add("workbench-results");
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextArea area(String styleClass, String prompt, int rows) {
        TextArea area = new TextArea();
        area.getStyleClass().addAll("workbench-input", styleClass);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static TextField field(String styleClass, String prompt) {
        TextField field = new TextField();
        field.getStyleClass().addAll("workbench-input", styleClass);
        field.setPromptText(prompt);
        return field;
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

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
