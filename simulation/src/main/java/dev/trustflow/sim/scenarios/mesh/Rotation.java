package dev.trustflow.sim.scenarios.mesh;

import java.util.Arrays;
import java.util.List;

/** Whether the caller's certificate is rotated by its agent before it expires. */
enum Rotation {
    /** The agent renews it at half its life, as SPIRE's agent does. */
    AUTO("auto"),
    /** Nobody renews it: it was issued by hand and runs out. */
    NONE("none");

    private final String id;

    Rotation(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Rotation::id).toList();
    }

    static Rotation of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rotation " + id));
    }
}
