package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A link's route carried on from its actors' box edges to the rims of their round badges, so a line meets the
 * badge, not the box around badge and name; an end that does not arrive level with its badge's centre stays.
 */
final class BadgeRims {

    private BadgeRims() {
    }

    /** {@code badges}: each actor's badge centre; {@code radii}: each actor's badge radius. */
    static List<Point> route(Route route, Map<String, Point> badges, Map<String, Double> radii) {
        List<Point> points = new ArrayList<>(route.points());
        if (points.size() >= 2) {
            points.set(0, rim(points.get(0), route.link().from(), badges, radii));
            points.set(points.size() - 1, rim(points.get(points.size() - 1), route.link().to(), badges, radii));
        }
        return points;
    }

    private static Point rim(Point end, String actor, Map<String, Point> badges, Map<String, Double> radii) {
        Point badge = badges.get(actor);
        Double radius = radii.get(actor);
        if (badge == null || radius == null || Math.abs(end.y() - badge.y()) > 0.5) {
            return end;
        }
        return new Point(end.x() < badge.x() ? badge.x() - radius : badge.x() + radius, end.y());
    }
}
