package dev.trustflow.app.sequence;

import java.util.Objects;
import java.util.Properties;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which view the centre shows: topology (the default), sequence, or both. No nodes. */
public final class ViewModeModel {

    /** A system property that picks the view at start-up, for example for a snapshot. */
    public static final String PROPERTY = "trustflow.view";

    private final ReadOnlyObjectWrapper<ViewMode> mode = new ReadOnlyObjectWrapper<>(this, "mode", ViewMode.TOPOLOGY);

    public void show(ViewMode next) {
        mode.set(Objects.requireNonNull(next, "mode"));
    }

    /** Topology, then sequence, then both, then topology again (the V key). */
    public void cycle() {
        mode.set(mode.get().next());
    }

    /** Applies {@code -Dtrustflow.view=topology|sequence|both} when it is set. */
    public void applyStartup(Properties properties) {
        String name = properties.getProperty(PROPERTY);
        if (name != null && !name.isBlank()) {
            show(ViewMode.parse(name));
        }
    }

    public ReadOnlyObjectProperty<ViewMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ViewMode getMode() {
        return mode.get();
    }
}
