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

    /** How many passes {@link #untangle} makes at most; each moves actors that still sit on someone else's link. */
    private static final int UNTANGLE_PASSES = 4;
    /** How far, in steps of half the clearance, an actor may move up or down to get off a link. */
    private static final int UNTANGLE_STEPS = 8;

    /** Lays out without moving actors off links (no clearance). */
    public static StageLayout layout(Topology topology, double width, double height, double header) {
        return layout(topology, width, height, header, 0);
    }

    /**
     * @param width     stage width
     * @param height    stage height
     * @param header    room at the top of each band for its label
     * @param clearance how close a link may pass to an actor it does not join; an actor closer than that is
     *                  moved up or down within its band. Also the room an actor's name needs below its
     *                  centre, so no actor is placed closer than that to the bottom (0: no moving)
     */
    public static StageLayout layout(Topology topology, double width, double height, double header,
                                     double clearance) {
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
        if (clearance > 0) {
            actors.replaceAll((id, p) -> new Point(p.x(), clamp(p.y(), header + clearance / 2, height - clearance)));
            untangle(topology, actors, clearance, header, height);
        }
        return new StageLayout(zones, actors);
    }

    /**
     * Moves actors that a link they do not belong to passes through (or that crowd a neighbour) up or down,
     * actors with fewest links first, so that hubs such as a gateway stay where the eye expects them.
     */
    static void untangle(Topology topology, Map<String, Point> at, double clearance, double top, double bottom) {
        List<Actor> leavesFirst = new ArrayList<>(topology.actors());
        leavesFirst.sort(Comparator.comparingLong(a -> topology.links().stream()
                .filter(l -> l.from().equals(a.id()) || l.to().equals(a.id())).count()));
        for (int pass = 0; pass < UNTANGLE_PASSES; pass++) {
            boolean moved = false;
            for (Actor actor : leavesFirst) {
                Point here = at.get(actor.id());
                int best = conflicts(topology, at, actor.id(), here, clearance);
                Point bestPoint = here;
                for (int step = 1; step <= UNTANGLE_STEPS && best > 0; step++) {
                    for (int sign : new int[] {-1, 1}) {
                        Point candidate = new Point(here.x(), here.y() + sign * step * clearance / 2);
                        if (candidate.y() < top + clearance || candidate.y() > bottom - clearance) {
                            continue;
                        }
                        int c = conflicts(topology, at, actor.id(), candidate, clearance);
                        if (c < best) {
                            best = c;
                            bestPoint = candidate;
                        }
                    }
                }
                if (bestPoint != here) {
                    at.put(actor.id(), bestPoint);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Links passing too close to {@code id} at {@code p}, its own links passing too close to others, crowding. */
    static int conflicts(Topology topology, Map<String, Point> at, String id, Point p, double clearance) {
        int count = 0;
        for (dev.trustflow.sim.world.Link link : topology.links()) {
            boolean own = link.from().equals(id) || link.to().equals(id);
            Point a = link.from().equals(id) ? p : at.get(link.from());
            Point b = link.to().equals(id) ? p : at.get(link.to());
            if (!own && distanceToSegment(p, a, b) < clearance) {
                count++;
            }
            if (own) {
                for (Map.Entry<String, Point> other : at.entrySet()) {
                    if (!other.getKey().equals(link.from()) && !other.getKey().equals(link.to())
                            && distanceToSegment(other.getValue(), a, b) < clearance) {
                        count++;
                    }
                }
            }
        }
        for (Map.Entry<String, Point> other : at.entrySet()) {
            if (!other.getKey().equals(id) && other.getValue().distance(p) < 2 * clearance) {
                count++;
            }
        }
        return count;
    }

    /** The shortest distance from {@code p} to the segment {@code a}-{@code b}. */
    static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return p.distance(a);
        }
        double t = clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared, 0, 1);
        return p.distance(new Point(a.x() + t * dx, a.y() + t * dy));
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

    /**
     * The top of a box shown beside an actor: below it if it fits on the stage, else above it, else as low as
     * it can go.
     */
    public static double besideActor(double actorTop, double actorBottom, double boxHeight, double stageHeight,
                                     double gap) {
        if (actorBottom + gap + boxHeight <= stageHeight) {
            return actorBottom + gap;
        }
        if (actorTop - gap - boxHeight >= 0) {
            return actorTop - gap - boxHeight;
        }
        return Math.max(0, stageHeight - boxHeight);
    }
}
