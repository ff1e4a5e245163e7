package dev.trustflow.app.inspector;

import dev.trustflow.app.handshake.HandshakeViewModel;
import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.present.EventText;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.ArtifactTable;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inspector shows for the event at the player's cursor: a summary, the event's data, its artifacts,
 * the selected artifact raw and (for a JWT) decoded, and the report of the checks of the same request, each
 * with its explanation, and, when the event presents PEM certificates, the chain read certificate by
 * certificate, and, for a TLS handshake message, its handshake view ({@link HandshakeViewModel}). Plain Java with JavaFX properties; it never sees a Node. Call it on the FX thread; reading a chain
 * (parsing, SHA-256) and saving a file run on {@code background} and report back through {@code fx}.
 */
public final class InspectorViewModel {

    /** How claim notes name the moment they compare with. */
    static final String REFERENCE = "this event";

    private final CheckExplanations explanations;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> clipboard;

    private final ReadOnlyObjectWrapper<EventSummary> summary = new ReadOnlyObjectWrapper<>(EventSummary.NONE);
    private final ReadOnlyBooleanWrapper hasEvent = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DataRow> dataRows = FXCollections.observableArrayList();
    private final ObservableList<DataRow> dataRowsView = FXCollections.unmodifiableObservableList(dataRows);
    private final ObservableList<Artifact> artifacts = FXCollections.observableArrayList();
    private final ObservableList<Artifact> artifactsView = FXCollections.unmodifiableObservableList(artifacts);
    private final ObjectProperty<Artifact> selectedArtifact = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper rawText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TokenDisplay> token = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper tokenProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ArtifactTable> table = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CheckRow> checkRows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checkRowsView = FXCollections.unmodifiableObservableList(checkRows);
    private final ReadOnlyObjectWrapper<CheckRow> selectedCheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper explanationMarkdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ChainRow> chainRows = FXCollections.observableArrayList();
    private final ObservableList<ChainRow> chainRowsView = FXCollections.unmodifiableObservableList(chainRows);
    private final HandshakeViewModel handshake;
    private TraceEvent event;
    /** Counts the events shown, so that a chain read for an event no longer shown is dropped. */
    private long shown;

    /**
     * @param explanations the check catalogue ({@link CheckExplanations#bundled()})
     * @param background   where chains are read and files written (never the FX thread in the app)
     * @param fx           how results come back to the FX thread ({@code Platform::runLater})
     * @param clipboard    receives text to copy (the system clipboard in the app)
     */
    public InspectorViewModel(CheckExplanations explanations, Executor background, Executor fx,
                              Consumer<String> clipboard) {
        this.explanations = Objects.requireNonNull(explanations, "explanations");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.handshake = new HandshakeViewModel(background, fx, clipboard);
        selectedArtifact.addListener((obs, old, now) -> showArtifact(now));
    }

    /** Shows {@code event} of {@code trace} (the player's cursor). */
    public void show(Trace trace, TraceEvent event) {
        Objects.requireNonNull(trace, "trace");
        this.event = Objects.requireNonNull(event, "event");
        summary.set(new EventSummary(event.kind(), route(trace, event), VirtualTimes.date(event.at()),
                headline(event)));
        List<DataRow> rows = new ArrayList<>();
        event.data().forEach((k, v) -> {
            if (!(event.isCheck() && DataKeys.REASON.equals(k)) && !DataKeys.HANDSHAKE.equals(k)) {
                rows.add(new DataRow(k, String.valueOf(v)));
            }
        });
        dataRows.setAll(rows);
        artifacts.setAll(event.artifacts());
        selectedArtifact.set(null);
        selectedArtifact.set(artifacts.isEmpty() ? null : artifacts.get(0));
        checkRows.setAll(CheckRun.around(trace.events(), indexOf(trace, event), explanations));
        selectCheck(checkRows.stream().filter(CheckRow::current).findFirst().orElse(null));
        readChain(trace, indexOf(trace, event));
        handshake.show(event);
        status.set("");
        hasEvent.set(true);
    }

    /** Reads the event's certificates on {@code background}; the rows land on the FX thread if it is still shown. */
    private void readChain(Trace trace, int index) {
        long generation = ++shown;
        chainRows.clear();
        if (!ChainFailure.presentsChain(event)) {
            return;
        }
        List<Artifact> presented = event.artifacts();
        Instant at = event.at();
        background.execute(() -> {
            Optional<ChainFailure> failure = index < 0 ? Optional.empty()
                    : ChainFailure.judging(trace.events(), index);
            List<ChainRow> rows = ChainRows.of(presented, at, failure);
            fx.execute(() -> {
                if (generation == shown) {
                    chainRows.setAll(rows);
                }
            });
        });
    }

    /** Selects the certificate of a chain row as the artifact that Copy and Save act on. */
    public void selectCertificate(ChainRow row) {
        if (row != null) {
            selectedArtifact.set(row.artifact());
        }
    }

    /**
     * The inspector's headline: a check by its mark and id only, since the caption under the stage already says
     * its reason in full (a reason is on screen once); any other event by its caption.
     */
    static String headline(TraceEvent event) {
        if (event.isCheck()) {
            return (EventKinds.CHECK_PASS.equals(event.kind()) ? "\u2713 " : "\u2717 ") + EventText.note(event);
        }
        return event.caption();
    }

    /** Shows nothing (no trace loaded). */
    public void clear() {
        event = null;
        summary.set(EventSummary.NONE);
        dataRows.clear();
        artifacts.clear();
        selectedArtifact.set(null);
        checkRows.clear();
        selectCheck(null);
        shown++;
        chainRows.clear();
        handshake.clear();
        status.set("");
        hasEvent.set(false);
    }

    /** Selects a check row (null for none); its explanation becomes {@link #explanationMarkdownProperty()}. */
    public void selectCheck(CheckRow row) {
        selectedCheck.set(row);
        explanationMarkdown.set(row == null ? "" : row.explanationMarkdown());
    }

    /** Puts the selected artifact's raw text on the clipboard. */
    public void copyRaw() {
        Artifact artifact = selectedArtifact.get();
        if (artifact == null) {
            status.set("Nothing to copy: this event carries no artifact.");
            return;
        }
        clipboard.accept(artifact.text());
        status.set("Copied the " + artifact.label() + " to the clipboard.");
    }

    /** A file name for the selected artifact ({@code access-token.jwt}). */
    public String suggestedFileName() {
        Artifact artifact = selectedArtifact.get();
        return artifact == null ? "artifact.txt" : ArtifactFiles.suggestedName(artifact);
    }

    /** Writes the selected artifact to {@code target} off the FX thread; the outcome lands in {@link #statusProperty()}. */
    public void saveRaw(Path target) {
        Artifact artifact = selectedArtifact.get();
        if (artifact == null || target == null) {
            status.set("Nothing to save: this event carries no artifact.");
            return;
        }
        saving.set(true);
        status.set("Saving " + target.getFileName() + "\u2026");
        background.execute(() -> {
            String outcome;
            try {
                ArtifactFiles.write(target, artifact.text());
                outcome = "Saved the " + artifact.label() + " to " + target + ".";
            } catch (IOException | RuntimeException e) {
                outcome = "Could not save " + target + ": " + describe(e);
            }
            String message = outcome;
            fx.execute(() -> {
                saving.set(false);
                status.set(message);
            });
        });
    }

    private void showArtifact(Artifact artifact) {
        rawText.set(artifact == null ? "" : artifact.text());
        token.set(null);
        tokenProblem.set("");
        table.set(artifact != null && Artifact.TABLE.equals(artifact.type())
                ? ArtifactTable.parse(artifact.text()).orElse(null) : null);
        if (artifact == null || !Artifact.JWT.equals(artifact.type()) || event == null) {
            return;
        }
        try {
            token.set(TokenDecoding.decode(artifact.text(), event.at(), REFERENCE));
        } catch (JwtDecodeException e) {
            tokenProblem.set("This " + artifact.label() + " cannot be decoded as a JWT: " + e.getMessage() + ".");
        }
    }

    private static String route(Trace trace, TraceEvent event) {
        String from = label(trace, event.actor());
        return event.target() == null ? from : from + " \u2192 " + label(trace, event.target());
    }

    private static String label(Trace trace, String actorId) {
        return trace.topology().actor(actorId).map(a -> a.label()).orElse(actorId);
    }

    private static int indexOf(Trace trace, TraceEvent event) {
        int seq = event.seq();
        if (seq >= 0 && seq < trace.size() && trace.event(seq).equals(event)) {
            return seq;
        }
        return trace.events().indexOf(event);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** The handshake view of a {@code tls.message} (its data under {@link DataKeys#HANDSHAKE}). */
    public HandshakeViewModel handshake() {
        return handshake;
    }

    public ReadOnlyObjectProperty<EventSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasEventProperty() {
        return hasEvent.getReadOnlyProperty();
    }

    public ObservableList<DataRow> dataRows() {
        return dataRowsView;
    }

    public ObservableList<Artifact> artifacts() {
        return artifactsView;
    }

    /** The artifact shown raw and decoded; the view binds its chooser to it both ways. */
    public ObjectProperty<Artifact> selectedArtifactProperty() {
        return selectedArtifact;
    }

    public ReadOnlyStringProperty rawTextProperty() {
        return rawText.getReadOnlyProperty();
    }

    /** The selected artifact decoded, when it is a JWT that decodes; else null. */
    public ReadOnlyObjectProperty<TokenDisplay> tokenProperty() {
        return token.getReadOnlyProperty();
    }

    /** The selected artifact as rows and columns, when it is a table that reads; else null (its raw text shows). */
    public ReadOnlyObjectProperty<ArtifactTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Why the selected JWT artifact could not be decoded, or empty. */
    public ReadOnlyStringProperty tokenProblemProperty() {
        return tokenProblem.getReadOnlyProperty();
    }

    /** The presented certificate chain, leaf first, once read; empty when the event presents none. */
    public ObservableList<ChainRow> chainRows() {
        return chainRowsView;
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

    /** The outcome of the last copy or save, for a status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
