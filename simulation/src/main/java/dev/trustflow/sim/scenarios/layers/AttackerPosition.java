package dev.trustflow.sim.scenarios.layers;

import java.util.Arrays;
import java.util.List;

/** Where Mallory gets her copy (the {@code attacker} option), and so which cell of the matrix is hers. */
enum AttackerPosition {
    /** She records the traffic between Alice and the server. */
    NETWORK("network", Point.WIRE),
    /** She gets a copy of the database: a leaked backup, a stolen disk. */
    DB_DUMP("db-dump", Point.DUMP),
    /** She runs code inside the server process: she sees what it sees and holds every key it holds. */
    SERVER_COMPROMISED("server-compromised", Point.SERVER);

    private final String id;
    private final Point point;

    AttackerPosition(String id, Point point) {
        this.id = id;
        this.point = point;
    }

    String id() {
        return id;
    }

    Point point() {
        return point;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(AttackerPosition::id).toList();
    }

    static AttackerPosition of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attacker position " + id));
    }
}
