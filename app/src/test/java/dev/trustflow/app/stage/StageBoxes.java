package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * What a stage shows, read from its scene graph after layout, in the stage's own coordinates: the boxes of
 * actor badges and names, zone labels, check callouts, packet chips, clock jumps, alarms and the legend; the
 * links as polylines; and the legibility problems among them (two boxes that intersect, a text outside the
 * stage or cut short, a link through an actor it does not join).
 */
final class StageBoxes {

    /** How far two boxes may overlap (rounding, borders) before it counts. */
    static final double TOLERANCE = 1.0;

    /** A named box: {@code actor-label:bob}, {@code gate:token.signature}, {@code packet:POST /token}. */
    record Box(String name, String owner, Bounds bounds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s [x=%.0f y=%.0f w=%.0f h=%.0f]", name, bounds.getMinX(),
                    bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
        }
    }

    /** A link as drawn, its points in stage coordinates. */
    record Route(Link link, List<Point2D> points) {
    }

    private final Parent stage;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<String> clipped = new ArrayList<>();

    private StageBoxes(Parent stage) {
        this.stage = stage;
    }

    static StageBoxes of(Parent stage) {
        StageBoxes read = new StageBoxes(stage);
        read.collect(stage);
        return read;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Route> routes() {
        return routes;
    }

    /** Every problem a student would see, one line each. */
    List<String> problems() {
        List<String> problems = new ArrayList<>(clipped);
        Bounds pane = stage.getLayoutBounds();
        for (Box box : boxes) {
            Bounds b = box.bounds();
            if (b.getMinX() < pane.getMinX() - TOLERANCE || b.getMinY() < pane.getMinY() - TOLERANCE
                    || b.getMaxX() > pane.getMaxX() + TOLERANCE || b.getMaxY() > pane.getMaxY() + TOLERANCE) {
                problems.add(box + " lies outside the stage " + size(pane));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i);
                Box b = boxes.get(j);
                if (a.owner() != null && a.owner().equals(b.owner()) && a.name().startsWith("actor-")
                        && b.name().startsWith("actor-")) {
                    continue; // an actor's own badge and name
                }
                if (overlap(a.bounds(), b.bounds())) {
                    problems.add(a + " and " + b + " intersect");
                }
            }
        }
        for (Route route : routes) {
            for (Box box : boxes) {
                if (!box.name().startsWith("actor-") || box.owner() == null
                        || box.owner().equals(route.link().from()) || box.owner().equals(route.link().to())) {
                    continue;
                }
                if (crosses(route.points(), inset(box.bounds(), 2))) {
                    problems.add("link " + route.link().from() + "–" + route.link().to() + " crosses " + box);
                }
            }
        }
        return problems;
    }

    private void collect(Node node) {
        if (!node.isVisible()) {
            return;
        }
        List<String> classes = node.getStyleClass();
        String actor = node.getId() != null && node.getId().startsWith("actor-") ? node.getId().substring(6) : null;
        if (classes.contains("actor") && actor != null) {
            Node badge = node.lookup(".actor-badge");
            Node name = node.lookup(".actor-label");
            boxes.add(new Box("actor-badge:" + actor, actor, bounds(badge)));
            boxes.add(new Box("actor-label:" + actor, actor, bounds(name)));
            checkText((Labeled) name);
            return;
        }
        if (node instanceof Line line && classes.contains("link") && line.getUserData() instanceof Link link) {
            routes.add(new Route(link, List.of(point(line, line.getStartX(), line.getStartY()),
                    point(line, line.getEndX(), line.getEndY()))));
            return;
        }
        if (node instanceof Polyline poly && classes.contains("link") && poly.getUserData() instanceof Link link) {
            List<Point2D> points = new ArrayList<>();
            List<Double> xy = poly.getPoints();
            for (int i = 0; i + 1 < xy.size(); i += 2) {
                points.add(point(poly, xy.get(i), xy.get(i + 1)));
            }
            routes.add(new Route(link, points));
            return;
        }
        Optional<String> kind = classes.stream()
                .filter(c -> List.of("zone-label", "gate", "packet", "clock-jump", "alarm", "stage-legend").contains(c))
                .findFirst();
        if (kind.isPresent()) {
            boxes.add(new Box(kind.get() + ":" + describe(node), null, bounds(node)));
            checkTexts(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child);
            }
        }
    }

    private void checkTexts(Node node) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::checkTexts);
        }
    }

    /** A label whose text is cut short (ellipsis) or shown in part. */
    private void checkText(Labeled labeled) {
        Node shown = labeled.lookup(".text");
        String full = labeled.getText() == null ? "" : labeled.getText();
        if (full.isEmpty()) {
            return;
        }
        if (!(shown instanceof Text text) || !full.equals(text.getText())) {
            clipped.add("text '" + full + "' is cut short to '" + (shown instanceof Text t ? t.getText() : "")
                    + "' at " + size(bounds(labeled)));
            return;
        }
        Bounds textBounds = bounds(text);
        Bounds own = bounds(labeled);
        if (textBounds.getHeight() > own.getHeight() + TOLERANCE || textBounds.getWidth() > own.getWidth() + TOLERANCE) {
            clipped.add("text '" + full + "' needs " + size(textBounds) + " but its label has " + size(own));
        }
    }

    private static String describe(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        Node first = node.lookup(".label");
        return first instanceof Labeled labeled ? labeled.getText() : node.getClass().getSimpleName();
    }

    private Bounds bounds(Node node) {
        return stage.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private Point2D point(Node node, double x, double y) {
        return stage.sceneToLocal(node.localToScene(x, y));
    }

    static boolean overlap(Bounds a, Bounds b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()) > TOLERANCE
                && Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY()) > TOLERANCE;
    }

    static Bounds inset(Bounds b, double by) {
        return new BoundingBox(b.getMinX() + by, b.getMinY() + by, Math.max(0, b.getWidth() - 2 * by),
                Math.max(0, b.getHeight() - 2 * by));
    }

    /** Whether the polyline passes through the inside of {@code box} (Liang-Barsky clipping of each piece). */
    static boolean crosses(List<Point2D> points, Bounds box) {
        for (int i = 0; i + 1 < points.size(); i++) {
            if (segmentHits(points.get(i), points.get(i + 1), box)) {
                return true;
            }
        }
        return false;
    }

    static boolean segmentHits(Point2D a, Point2D b, Bounds box) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.getX() - box.getMinX(), box.getMaxX() - a.getX(), a.getY() - box.getMinY(), box.getMaxY() - a.getY()};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String size(Bounds b) {
        return String.format(Locale.ROOT, "%.0fx%.0f", b.getWidth(), b.getHeight());
    }
}
