package dev.trustflow.app.sequence;

import java.util.Locale;

/** What the centre of the window shows. */
public enum ViewMode {
    TOPOLOGY("Topology"), SEQUENCE("Sequence"), BOTH("Both");

    private final String label;

    ViewMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The next mode in menu order, back to the first after the last. */
    public ViewMode next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** {@code topology}, {@code sequence} or {@code both}, in any case. */
    public static ViewMode parse(String name) {
        for (ViewMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("view '" + name + "' is not one of topology, sequence, both");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
