package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stage put things, in its content's units, for the effects drawn over them: each actor's box and
 * badge centre, each link's route, and the boxes of the zone labels and the legend.
 *
 * @param width   the content's width
 * @param height  the content's height
 * @param actors  each actor's box (badge and name)
 * @param badges  each actor's badge centre
 * @param routes  each link's route
 * @param fixed   other boxes effects must keep off (zone labels, legend)
 * @param room    the free band kept under the drawing, where effects go when there is no room beside their actor
 */
record StageGeometry(double width, double height, Map<String, Box> actors, Map<String, Point> badges,
                     List<Route> routes, List<Box> fixed, Box room) {

    StageGeometry {
        actors = Map.copyOf(actors);
        badges = Map.copyOf(badges);
        routes = List.copyOf(routes);
        fixed = List.copyOf(fixed);
    }

    /** Every box an effect must not cover: all actors, zone labels, legend. */
    List<Box> obstacles() {
        List<Box> all = new ArrayList<>(actors.values());
        all.addAll(fixed);
        return all;
    }

    /**
     * The path a packet from {@code from} to {@code to} follows: their link's route, turned to run that way,
     * or a straight line between their badges when they have no link.
     */
    Optional<List<Point>> path(String from, String to) {
        for (Route route : routes) {
            if (route.link().from().equals(from) && route.link().to().equals(to)) {
                return Optional.of(route.points());
            }
            if (route.link().from().equals(to) && route.link().to().equals(from)) {
                return Optional.of(reversed(route.points()));
            }
        }
        Point a = badges.get(from);
        Point b = badges.get(to);
        return a == null || b == null ? Optional.empty() : Optional.of(List.of(a, b));
    }

    private static List<Point> reversed(List<Point> points) {
        List<Point> copy = new ArrayList<>(points);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
