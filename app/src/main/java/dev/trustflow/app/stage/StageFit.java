package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.stage.WorldLayout.Drawing;
import dev.trustflow.app.stage.WorldLayout.Lane;
import dev.trustflow.app.stage.WorldLayout.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Drawing} fitted to a stage: a uniform {@link #scale} of at most {@link #MAX_SCALE} (everything, text
 * included, shrinks when the drawing does not fit, and grows up to that when the stage has room) and, inside the scaled stage, lanes widened to fill its width and to hold their
 * labels, and the drawing top-aligned under the zone labels and stretched in height to fill its room. Lanes stretch
 * independently but never shrink, and boxes keep their size, so a link that passed outside a box still does
 * (every distance from a point of the box grows; each box moves with the point where its links meet it, so
 * links that ran level still do). Pure: no JavaFX.
 *
 * @param scale   how much the stage's content is scaled (at most {@link #MAX_SCALE})
 * @param width   the stage's width in content units (the stage's width / scale)
 * @param height  the stage's height in content units, when it was fitted
 * @param fittedWidth the stage's width, in pixels, it was fitted to
 * @param actors  each actor's box in content units
 * @param routes  each link's points in content units
 * @param lanes   each zone's lane in content units
 */
public record StageFit(double scale, double width, double height, double fittedWidth, Map<String, Box> actors,
                       List<Route> routes, List<Lane> lanes) {

    /** Room around the content and between the zone labels, the drawing and the legend. */
    public static final double MARGIN = 8;
    /**
     * How much a drawing is enlarged at most when the stage has room: a small world on a projector's big stage
     * grows, text included, rather than hugging the top edge.
     */
    static final double MAX_SCALE = 1.5;
    /** How far the drawing stretches in height at most. */
    static final double MAX_STRETCH_Y = 3;
    /** The share of a short stage's height a fit uses (see {@link #of}). */
    static final double HEIGHT_SLACK = 0.95;
    /** The share of the stage's width the lanes spread over. */
    static final double WIDTH_SLACK = 0.85;
    public StageFit {
        actors = Map.copyOf(actors);
        routes = List.copyOf(routes);
        lanes = List.copyOf(lanes);
    }

    /**
     * @param drawing     the world's drawing
     * @param labelWidths each lane's label width (the lane is at least that wide plus margins)
     * @param header      the height of the zone labels' row above the drawing
     * @param footer      the height of the legend's row below it
     * @param width       the stage's width
     * @param height      the stage's height
     */
    public static StageFit of(Drawing drawing, List<Double> labelWidths, double header, double footer,
                              double width, double height) {
        List<Lane> lanes = drawing.lanes();
        double[] minimum = new double[lanes.size()];
        double minimumWidth = 0;
        for (int i = 0; i < lanes.size(); i++) {
            double label = i < labelWidths.size() ? labelWidths.get(i) : 0;
            minimum[i] = Math.max(lanes.get(i).width(), label + 4 * MARGIN);
            minimumWidth += minimum[i];
        }
        double neededHeight = header + drawing.height() + footer + 2 * MARGIN;
        // when height is short, fit a little shorter still: a stage that loses some height to a longer narration
        // under it then keeps the same fit, and nothing moves
        double scale = Math.min(MAX_SCALE, Math.min(width * WIDTH_SLACK / Math.max(1, minimumWidth),
                height * HEIGHT_SLACK / Math.max(1, neededHeight)));
        double w = width / scale;
        double h = height / scale;
        // lanes spread over a little less than the width, leaving room at the right for callouts; the last
        // lane's band reaches the edge all the same
        double spread = Math.max(1, w * WIDTH_SLACK / Math.max(1, minimumWidth));

        List<Lane> fitted = new ArrayList<>();
        double[] factor = new double[lanes.size()];
        double x = 0;
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double laneWidth = minimum[i] * spread;
            factor[i] = lane.width() <= 0 ? 1 : laneWidth / lane.width();
            fitted.add(new Lane(lane.zone(), lane.label(), x, laneWidth));
            x += laneWidth;
        }
        // top-aligned, stretched in height to use the room the fit was given (never shrunk, so links still
        // pass outside the boxes they passed outside of)
        double room = h - header - footer - 2 * MARGIN;
        double stretch = drawing.height() <= 0 ? 1 : Math.max(1, Math.min(MAX_STRETCH_Y, room / drawing.height()));
        XMap map = new XMap(lanes, fitted, factor, header + MARGIN, stretch);

        Map<String, Box> actors = new LinkedHashMap<>();
        drawing.actors().forEach((id, b) -> {
            Point anchor = drawing.anchor(id);
            Point moved = map.apply(anchor);
            actors.put(id, new Box(moved.x() - b.width() / 2, moved.y() - (anchor.y() - b.y()), b.width(), b.height()));
        });
        List<Route> routes = new ArrayList<>();
        for (Route route : drawing.routes()) {
            routes.add(new Route(route.link(), reanchor(route, drawing, actors, map)));
        }
        return new StageFit(scale, w, h, width, actors, routes, fitted);
    }

    /**
     * Whether this fit still holds on a stage {@code stageWidth} x {@code stageHeight}: the width it was fitted to,
     * and room for the actors and {@code footer} (the legend) down. Where actors stand is thus a function of the
     * world, the stage's width and the height it was fitted to, and does not change from step to step.
     */
    public boolean holdsAt(double stageWidth, double stageHeight, double footer) {
        double bottom = actors.values().stream().mapToDouble(Box::maxY).max().orElse(0) + footer + 2 * MARGIN;
        return Math.abs(stageWidth - fittedWidth) < 0.5 && bottom * scale <= stageHeight + 0.5;
    }

    /** The route's points mapped, its ends put back on the borders of their (moved) boxes. */
    private static List<Point> reanchor(Route route, Drawing drawing, Map<String, Box> fitted, XMap map) {
        List<Point> points = new ArrayList<>();
        route.points().forEach(p -> points.add(map.apply(p)));
        if (points.size() < 2) {
            return points;
        }
        anchor(points, 0, 1, route.points().get(0), drawing.actors().get(route.link().from()),
                fitted.get(route.link().from()));
        int last = points.size() - 1;
        anchor(points, last, last - 1, route.points().get(last), drawing.actors().get(route.link().to()),
                fitted.get(route.link().to()));
        return points;
    }

    private static void anchor(List<Point> points, int end, int next, Point original, Box before, Box after) {
        if (before == null || after == null) {
            return;
        }
        // the end keeps its place on its box (a link meets an actor at its badge's height), and the piece
        // leaving it keeps its direction
        double x = after.centre().x() + original.x() - before.centre().x();
        double y = after.y() + original.y() - before.y();
        boolean horizontal = Math.abs(points.get(end).y() - points.get(next).y()) < 0.01;
        points.set(end, new Point(x, y));
        if (horizontal) {
            points.set(next, new Point(points.get(next).x(), y));
        } else {
            points.set(next, new Point(x, points.get(next).y()));
        }
    }

    /** Lane by lane, stretches x; stretches and moves y. */
    private record XMap(List<Lane> from, List<Lane> to, double[] factor, double top, double stretch) {
        Point apply(Point p) {
            return new Point(x(p.x()), y(p.y()));
        }

        double y(double y) {
            return top + y * stretch;
        }

        double x(double x) {
            for (int i = 0; i < from.size(); i++) {
                Lane lane = from.get(i);
                if (x < lane.x() + lane.width() || i == from.size() - 1) {
                    return to.get(i).x() + (x - lane.x()) * factor[i];
                }
            }
            return x;
        }
    }
}
