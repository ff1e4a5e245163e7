package dev.trustflow.app.workbench;

import dev.trustflow.app.inspector.CheckRow;
import dev.trustflow.app.inspector.TokenDisplay;
import dev.trustflow.sim.check.CheckExplanations;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The token workbench's state: the inputs (token, JWKS, iss, aud, time) as properties the view binds to, and
 * the last verification's outcome (decoded token, every check with its explanation, verdict, message). Plain
 * Java; {@link #verify()} is called on the FX thread, runs the real verifier on {@code background} and hands the
 * result back through {@code fx}. Bad input becomes {@link #messageProperty()}, never an exception.
 */
public final class TokenWorkbenchViewModel {

    private final WorkbenchCheck check;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;

    private final StringProperty tokenText = new SimpleStringProperty("");
    private final StringProperty jwksText = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty audience = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<WorkbenchResult.Verdict> verdict =
            new ReadOnlyObjectWrapper<>(WorkbenchResult.Verdict.NONE);
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TokenDisplay> token = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CheckRow> checkRows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checkRowsView = FXCollections.unmodifiableObservableList(checkRows);
    private final ReadOnlyObjectWrapper<CheckRow> selectedCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper explanationMarkdown = new ReadOnlyStringWrapper("");
    private long generation;

    /**
     * @param explanations the check catalogue ({@link CheckExplanations#bundled()})
     * @param background   where decoding and verification run (never the FX thread in the app)
     * @param fx           how results come back to the FX thread ({@code Platform::runLater})
     * @param clock        "now" when no time is given (the system clock in the app)
     */
    public TokenWorkbenchViewModel(CheckExplanations explanations, Executor background, Executor fx, Clock clock) {
        this.check = new WorkbenchCheck(Objects.requireNonNull(explanations, "explanations"));
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Decodes and verifies the current inputs; the outcome replaces the previous one when it arrives. */
    public void verify() {
        WorkbenchInput input = new WorkbenchInput(tokenText.get(), jwksText.get(), issuer.get(), audience.get(),
                time.get(), secret.get());
        long run = ++generation;
        String refused = WorkbenchCheck.precheck(input);
        if (!refused.isEmpty()) {
            apply(WorkbenchResult.refused(refused));
            busy.set(false);
            return;
        }
        busy.set(true);
        message.set("");
        hint.set(input.jwks().isEmpty() && input.secret().isEmpty()
                ? "No JWKS or secret given: without the issuer's keys the signature cannot be verified, so the token"
                + " cannot pass. Decoding alone proves nothing." : "");
        background.execute(() -> {
            WorkbenchResult result;
            try {
                result = check.run(input, clock.instant());
            } catch (RuntimeException e) {
                result = WorkbenchResult.refused("Verification stopped unexpectedly: " + e);
            }
            WorkbenchResult outcome = result;
            fx.execute(() -> {
                if (run == generation) {
                    busy.set(false);
                    apply(outcome);
                }
            });
        });
    }

    /** Selects a check row (null for none); its explanation becomes {@link #explanationMarkdownProperty()}. */
    public void selectCheck(CheckRow row) {
        selectedCheck.set(row);
        explanationMarkdown.set(row == null ? "" : row.explanationMarkdown());
    }

    private void apply(WorkbenchResult result) {
        token.set(result.token());
        checkRows.setAll(result.checks());
        verdict.set(result.verdict());
        verdictText.set(result.verdictText());
        message.set(result.message());
        selectCheck(result.checks().stream().filter(c -> !c.passed()).findFirst().orElse(null));
        if (result.verdict() == WorkbenchResult.Verdict.NONE) {
            hint.set("");
        }
    }

    public StringProperty tokenTextProperty() {
        return tokenText;
    }

    /** An HMAC shared secret as text, for HS256 tokens (blank: none). */
    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty jwksTextProperty() {
        return jwksText;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    /** The check time as ISO-8601; blank means now. */
    public StringProperty timeProperty() {
        return time;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkbenchResult.Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    /** What is wrong with the input, in one line, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A caution about what the result can and cannot show (no keys given), or empty. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TokenDisplay> tokenProperty() {
        return token.getReadOnlyProperty();
    }

    public ObservableList<CheckRow> checkRows() {
        return checkRowsView;
    }

    public ReadOnlyObjectProperty<CheckRow> selectedCheckProperty() {
        return selectedCheck.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationMarkdownProperty() {
        return explanationMarkdown.getReadOnlyProperty();
    }
}
