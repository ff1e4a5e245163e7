package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.ArtifactTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Who can read the message where: one real {@link Reading} per point, each the outcome of that holder's own
 * decryption attempt with the keys it holds.
 */
final class ReadMatrix {

    static final String READS = "reads";
    static final String CANNOT_READ = "cannot read";

    private final Map<Point, Reading> cells = new EnumMap<>(Point.class);
    private final String message;

    /** @param message the message Alice sent: a cell reads only when its attempt produced exactly this */
    ReadMatrix(String message) {
        this.message = message;
    }

    void put(Reading reading) {
        cells.put(reading.point(), reading);
    }

    Reading cell(Point point) {
        Reading reading = cells.get(point);
        if (reading == null) {
            throw new IllegalStateException("no attempt was made at " + point.label());
        }
        return reading;
    }

    /** {@link #READS} or {@link #CANNOT_READ}, as the attempt at {@code point} came out. */
    String verdict(Point point) {
        return cell(point).produced(message) ? READS : CANNOT_READ;
    }

    /** One line per point: ✓ or ✗, the verdict, and what decided it. */
    String caption() {
        StringBuilder text = new StringBuilder();
        for (Point point : Point.values()) {
            text.append(text.isEmpty() ? "" : " · ").append(point.label()).append(' ')
                    .append(cell(point).produced(message) ? "✓" : "✗");
        }
        return text.toString();
    }

    /** The matrix as a table: the point, the verdict, the layer that stopped the attempt and why. */
    Artifact table() {
        ArtifactTable.Builder table = ArtifactTable.of("who", "can read?", "why");
        for (Point point : Point.values()) {
            Reading r = cell(point);
            table.row(point.label(), verdict(point), r.opened() ? r.reason() : r.stoppedAt().label() + ": " + r.reason());
        }
        return Artifact.table("who can read the message where", table.build());
    }
}
