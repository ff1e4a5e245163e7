package dev.trustflow.app.stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything goes on a stage of a given size.
 *
 * @param zones  one band per zone, left to right
 * @param actors the centre of each actor, by actor id
 */
public record StageLayout(List<Zone> zones, Map<String, Point> actors) {

    public StageLayout {
        zones = List.copyOf(zones);
        actors = Map.copyOf(actors);
    }

    public Optional<Point> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The band an actor's centre falls in. */
    public Optional<Zone> zoneAt(Point p) {
        return zones.stream().filter(z -> p.x() >= z.x() && p.x() < z.x() + z.width()).findFirst();
    }

    /** A point on the stage. */
    public record Point(double x, double y) {

        /** The point {@code fraction} of the way from here to {@code to}. */
        public Point towards(Point to, double fraction) {
            return new Point(x + (to.x - x) * fraction, y + (to.y - y) * fraction);
        }

        public double distance(Point to) {
            return Math.hypot(to.x - x, to.y - y);
        }
    }

    /** A zone drawn as a labelled vertical band. */
    public record Zone(String id, String label, double x, double width) {
    }

    /** A straight piece of a link between two points. */
    public record Segment(Point start, Point end) {
    }
}
