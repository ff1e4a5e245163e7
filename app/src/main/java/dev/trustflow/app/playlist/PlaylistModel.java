package dev.trustflow.app.playlist;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.files.TraceFiles;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.session.ScenarioSession;
import dev.trustflow.app.task.BackgroundJob;
import dev.trustflow.app.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The class's playlist: add what is on screen (entry, what-ifs, seed) or a saved trace, reorder, remove,
 * open an item (the seed it fixes becomes the session's), step to the next or previous one, save and load
 * the file off the FX thread. Call on the FX thread. No nodes.
 */
public final class PlaylistModel {

    private final ScenarioSession session;
    private final TraceFiles traces;
    private final TaskRunner tasks;
    private final Notifications notices;
    private final PlaylistCodec codec = new PlaylistCodec();
    private final ObservableList<PlaylistItem> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private PlaylistDialogs dialogs = PlaylistDialogs.NONE;
    private Runnable panel = () -> { };
    private String title = "";

    public PlaylistModel(ScenarioSession session, TraceFiles traces, TaskRunner tasks, Notifications notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.traces = Objects.requireNonNull(traces, "traces");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    public void setDialogs(PlaylistDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** Shows the playlist panel (the app registers how, see {@link #setPanelOpener}). */
    public void showPanel() {
        panel.run();
    }

    public void setPanelOpener(Runnable opener) {
        this.panel = Objects.requireNonNull(opener, "opener");
    }

    // ---------------------------------------------------------------- editing

    /** Adds the open lesson or scenario with its current what-ifs and seed. */
    public void addCurrent() {
        BrowserEntry entry = session.getSelected();
        if (entry == null) {
            notices.error("Nothing to add: open a lesson or scenario first");
            return;
        }
        items.add(PlaylistItem.entry(entry.id(), entry.title(), session.optionsAsJson(), session.getSeed()));
    }

    /** Asks for a saved trace, then adds it. */
    public void addTrace() {
        dialogs.chooseTrace().ifPresent(this::addTrace);
    }

    public void addTrace(Path trace) {
        items.add(PlaylistItem.trace(trace, String.valueOf(trace.getFileName())));
    }

    public void remove(int index) {
        if (!valid(index)) {
            return;
        }
        items.remove(index);
        if (index == current.get()) {
            current.set(-1);
        } else if (index < current.get()) {
            current.set(current.get() - 1);
        }
    }

    /** Moves an item one place up; returns where it is now. */
    public int moveUp(int index) {
        return valid(index) && index > 0 ? swap(index, index - 1) : index;
    }

    /** Moves an item one place down; returns where it is now. */
    public int moveDown(int index) {
        return valid(index) && index < items.size() - 1 ? swap(index, index + 1) : index;
    }

    private int swap(int from, int to) {
        Collections.swap(items, from, to);
        if (current.get() == from) {
            current.set(to);
        } else if (current.get() == to) {
            current.set(from);
        }
        return to;
    }

    // ---------------------------------------------------------------- playing

    /** Opens item {@code index}: its entry with its what-ifs and seed, or its trace file. */
    public void open(int index) {
        if (!valid(index)) {
            return;
        }
        current.set(index);
        PlaylistItem item = items.get(index);
        if (item.kind() == PlaylistItem.Kind.TRACE) {
            traces.open(item.trace());
            return;
        }
        Optional<BrowserEntry> entry = session.entries().stream().filter(e -> e.id().equals(item.entry())).findFirst();
        if (entry.isEmpty()) {
            notices.error("Playlist item " + (index + 1) + ": no lesson or scenario '" + item.entry() + "' in this app");
            return;
        }
        BrowserEntry base = entry.get();
        Map<String, Object> presets = new LinkedHashMap<>(base.presetOptions());
        presets.putAll(item.options());
        session.select(new BrowserEntry(base.id(), base.title(), base.subtitle(), base.kind(), base.scenario(), presets),
                item.seed());
    }

    /** N: the item after the current one (the first when none is open yet). */
    public void next() {
        if (items.isEmpty()) {
            notices.error("The playlist is empty");
        } else if (current.get() + 1 >= items.size()) {
            notices.info("That was the last item of the playlist");
        } else {
            open(current.get() + 1);
        }
    }

    /** Shift+N: the item before the current one. */
    public void previous() {
        if (current.get() <= 0) {
            notices.info("This is the first item of the playlist");
        } else {
            open(current.get() - 1);
        }
    }

    // ---------------------------------------------------------------- files

    /** Asks where, then saves. */
    public void save() {
        Path known = file.get();
        String suggested = known != null ? String.valueOf(known.getFileName()) : "class" + PlaylistCodec.SUFFIX;
        dialogs.choosePlaylistToSave(suggested).map(PlaylistModel::withSuffix).ifPresent(this::save);
    }

    /** Writes the playlist off the FX thread (temp file, then atomic move). */
    public void save(Path target) {
        Playlist playlist = new Playlist(title, items);
        tasks.run(BackgroundJob.of("save " + target.getFileName(), () -> {
            codec.write(playlist, target);
            return target;
        }).onSuccess(saved -> {
            file.set(saved);
            notices.info("Saved playlist " + saved.getFileName() + " (" + playlist.items().size() + " items)");
        }).onError(IOException.class, e -> notices.error(target.getFileName() + ": cannot be written ("
                + e.getMessage() + ")")));
    }

    /** Asks which, then loads. */
    public void load() {
        dialogs.choosePlaylistToOpen().ifPresent(this::load);
    }

    /** Reads and checks the file off the FX thread; replaces the list, or says in one line what is wrong. */
    public void load(Path source) {
        tasks.run(BackgroundJob.of("open " + source.getFileName(), () -> codec.read(source))
                .onSuccess(playlist -> {
                    items.setAll(playlist.items());
                    title = playlist.title();
                    current.set(-1);
                    file.set(source);
                    notices.info("Opened playlist " + source.getFileName() + ": " + items.size() + " items");
                })
                .onError(PlaylistFormatException.class, e -> notices.error(e.getMessage())));
    }

    static Path withSuffix(Path chosen) {
        String name = String.valueOf(chosen.getFileName());
        return name.endsWith(".json") ? chosen : chosen.resolveSibling(name + PlaylistCodec.SUFFIX);
    }

    private boolean valid(int index) {
        return index >= 0 && index < items.size();
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<PlaylistItem> items() {
        return items;
    }

    /** The item opened last, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int getCurrent() {
        return current.get();
    }

    /** The file last saved or loaded, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public String getTitle() {
        return title;
    }
}
