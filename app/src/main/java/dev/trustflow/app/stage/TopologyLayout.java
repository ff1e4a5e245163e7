package dev.trustflow.app.stage;

import dev.trustflow.app.stage.StageLayout.Point;
import dev.trustflow.app.stage.StageLayout.Segment;
import dev.trustflow.app.stage.StageLayout.Zone;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays actors out in columns, one per zone. Zones with well-known names go from the outside in (internet,
 * then edge/DMZ, then internal, then data); other zones follow in the order their first actor was declared.
 * Within a column, actors are spread evenly in declaration order. Pure: no JavaFX.
 */
public final class TopologyLayout {

    private static final List<List<String>> KNOWN_ZONES = List.of(
            List.of("internet", "outside", "public", "user", "users", "client", "clients", "device", "attacker"),
            List.of("dmz", "edge", "perimeter", "gateway"),
            List.of("internal", "private", "backend", "services", "service", "mesh", "cluster", "corporate", "identity"),
            List.of("data", "database", "vault", "secrets", "restricted"));

    private TopologyLayout() {
    }

    /**
     * @param width  stage width
     * @param height stage height
     * @param header room at the top of each band for its label
     */
    public static StageLayout layout(Topology topology, double width, double height, double header) {
        List<String> order = zoneOrder(topology);
        List<Zone> zones = new ArrayList<>();
        Map<String, Point> actors = new LinkedHashMap<>();
        if (order.isEmpty()) {
            return new StageLayout(zones, actors);
        }
        double bandWidth = width / order.size();
        double usable = Math.max(0, height - header);
        for (int column = 0; column < order.size(); column++) {
            String zone = order.get(column);
            double x = column * bandWidth;
            zones.add(new Zone(zone, zoneLabel(zone), x, bandWidth));
            List<Actor> inZone = topology.actors().stream().filter(a -> a.zone().equals(zone)).toList();
            for (int row = 0; row < inZone.size(); row++) {
                double y = header + (row + 0.5) * usable / inZone.size();
                actors.put(inZone.get(row).id(), new Point(x + bandWidth / 2, y));
            }
        }
        return new StageLayout(zones, actors);
    }

    /** Zones left to right. */
    public static List<String> zoneOrder(Topology topology) {
        List<String> seen = new ArrayList<>();
        topology.actors().forEach(a -> {
            if (!seen.contains(a.zone())) {
                seen.add(a.zone());
            }
        });
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingInt((String z) -> rank(z)).thenComparingInt(seen::indexOf));
        return sorted;
    }

    /** Known zones rank 0..3 from the outside in; unknown zones come after them. */
    static int rank(String zone) {
        String z = zone.toLowerCase(Locale.ROOT);
        for (int i = 0; i < KNOWN_ZONES.size(); i++) {
            if (KNOWN_ZONES.get(i).contains(z)) {
                return i;
            }
        }
        return KNOWN_ZONES.size();
    }

    /** {@code dmz} -> {@code DMZ}, {@code internal-network} -> {@code Internal network}. */
    public static String zoneLabel(String zone) {
        if (zone.equalsIgnoreCase("dmz")) {
            return "DMZ";
        }
        String words = zone.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? zone : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The part of the line from {@code a} to {@code b} outside a circle of {@code gap} around each end. */
    public static Segment trim(Point a, Point b, double gap) {
        double length = a.distance(b);
        if (length <= 2 * gap) {
            Point middle = a.towards(b, 0.5);
            return new Segment(middle, middle);
        }
        return new Segment(a.towards(b, gap / length), b.towards(a, gap / length));
    }

    /** {@code value} kept within {@code min..max}; {@code min} when the range is empty. */
    public static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /**
     * Where a packet of half-width {@code halfExtent} comes to rest on {@code path}: as close to the end as it
     * can be without covering it, but never before the middle.
     */
    public static Point restPoint(Segment path, double halfExtent) {
        double length = path.start().distance(path.end());
        if (length == 0) {
            return path.end();
        }
        double fraction = Math.max(0.5, 1 - halfExtent / length);
        return path.start().towards(path.end(), fraction);
    }
}
