package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a whole world out once with ELK's layered algorithm: zones are partitions (left to right in
 * {@link Zones#zoneOrder} order, so each zone is a lane), actors are boxes of the size their badge
 * and name need, each pair of actors gets one link (parallel links merged) and links are routed orthogonally
 * around the boxes. Pure: no JavaFX; sizes and results are in pixels at scale 1.
 */
public final class WorldLayout {

    /** Room between actors in one lane. */
    static final double NODE_SPACING = 36;
    /** Room between layers (and so between lanes): links bend in it. */
    static final double LAYER_SPACING = 70;
    /** Room between a link and an actor it passes, and between parallel pieces of links. */
    static final double EDGE_SPACING = 14;
    /** Empty border around the drawing. */
    static final double PADDING = 16;

    private WorldLayout() {
    }

    /** A box on the drawing. */
    public record Box(double x, double y, double width, double height) {
        public Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }

        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        public boolean intersects(Box o) {
            return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
        }

        public Box grow(double by) {
            return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
        }
    }

    /** A size an actor needs. */
    public record Size(double width, double height) {
    }

    /** One link as drawn: its ends and the points between, from {@code from} to {@code to}. */
    public record Route(Link link, List<Point> points) {
        public Route {
            points = List.copyOf(points);
        }
    }

    /** A zone's lane: from {@code x} over {@code width}. */
    public record Lane(String zone, String label, double x, double width) {
    }

    /**
     * The drawing of a world.
     *
     * @param width  the drawing's width
     * @param height the drawing's height
     * @param actors each actor's box, by id
     * @param routes one route per linked pair of actors
     * @param lanes  one lane per zone, left to right, touching each other and covering the drawing
     * @param anchors where links meet each actor, from its box's top (absent: anywhere)
     */
    public record Drawing(double width, double height, Map<String, Box> actors, List<Route> routes, List<Lane> lanes,
                          Map<String, Double> anchors) {
        public Drawing {
            actors = Map.copyOf(actors);
            routes = List.copyOf(routes);
            lanes = List.copyOf(lanes);
            anchors = Map.copyOf(anchors);
        }

        public static final Drawing EMPTY = new Drawing(0, 0, Map.of(), List.of(), List.of(), Map.of());

        /** The point of an actor's box that stays put when the drawing is stretched: where its links meet it. */
        public Point anchor(String actor) {
            Box box = actors.get(actor);
            return new Point(box.centre().x(), box.y() + anchors.getOrDefault(actor, box.height() / 2));
        }
    }

    /**
     * Lays out a small world once and throws it away: ELK's first layout loads and compiles a great deal of code,
     * which the app does on a worker thread at start rather than on the FX thread at the first lesson.
     */
    public static void warmUp() {
        Topology.Builder b = new Topology.Builder();
        b.actor("client", "Client", ActorKind.USER, "internet");
        b.actor("gateway", "Gateway", ActorKind.API_GATEWAY, "edge");
        b.actor("service", "Service", ActorKind.SERVICE, "internal");
        b.link("client", "gateway", Channel.FRONT);
        b.link("gateway", "service", Channel.BACK);
        Size size = new Size(80, 60);
        layout(b.build(), Map.of("client", size, "gateway", size, "service", size));
    }

    /** Lays {@code world} out with each actor at the size {@code sizes} gives (actors missing there: 80x80). */
    public static Drawing layout(Topology world, Map<String, Size> sizes) {
        return layout(world, sizes, Map.of());
    }

    /**
     * Lays {@code world} out; links meet each actor at the height {@code anchors} gives (its badge's centre,
     * from the box's top), on its left side coming in and its right side going out; without an anchor, anywhere.
     */
    public static Drawing layout(Topology world, Map<String, Size> sizes, Map<String, Double> anchors) {
        if (world.actors().isEmpty()) {
            return Drawing.EMPTY;
        }
        List<String> zones = Zones.zoneOrder(world);
        Registry.ensure();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_SPACING);
        root.setProperty(LayeredOptions.MERGE_EDGES, false);
        root.setProperty(LayeredOptions.THOROUGHNESS, 20);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PADDING));

        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, ElkPort[]> ports = new LinkedHashMap<>();
        for (Actor actor : world.actors()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            Size size = sizes.getOrDefault(actor.id(), new Size(80, 80));
            node.setDimensions(size.width(), size.height());
            node.setProperty(LayeredOptions.PARTITIONING_PARTITION, zones.indexOf(actor.zone()));
            node.setIdentifier(actor.id());
            Double anchor = anchors.get(actor.id());
            if (anchor != null) {
                node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
                ElkPort in = ElkGraphUtil.createPort(node);
                in.setLocation(0, anchor);
                in.setDimensions(0, 0);
                in.setProperty(CoreOptions.PORT_SIDE, PortSide.WEST);
                ElkPort out = ElkGraphUtil.createPort(node);
                out.setLocation(size.width(), anchor);
                out.setDimensions(0, 0);
                out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
                ports.put(actor.id(), new ElkPort[] {in, out});
            }
            nodes.put(actor.id(), node);
        }
        Map<ElkEdge, Link> edges = new LinkedHashMap<>();
        for (Link link : merged(world.links())) {
            ElkNode from = nodes.get(link.from());
            ElkNode to = nodes.get(link.to());
            if (from == null || to == null || from == to) {
                continue;
            }
            // edges run with the lanes, outside in, so partitions and edge directions agree
            boolean backwards = zones.indexOf(world.actor(link.from()).orElseThrow().zone())
                    > zones.indexOf(world.actor(link.to()).orElseThrow().zone());
            String source = backwards ? link.to() : link.from();
            String target = backwards ? link.from() : link.to();
            ElkConnectableShape start = ports.containsKey(source) ? ports.get(source)[1] : nodes.get(source);
            ElkConnectableShape end = ports.containsKey(target) ? ports.get(target)[0] : nodes.get(target);
            edges.put(ElkGraphUtil.createSimpleEdge(start, end), link);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<Route> routes = new ArrayList<>();
        edges.forEach((edge, link) -> routes.add(new Route(link, route(edge, link))));
        return new Drawing(root.getWidth(), root.getHeight(), boxes, routes, lanes(world, zones, boxes, root.getWidth()),
                anchors);
    }

    /** One link per pair of actors: the first declared wins. */
    static List<Link> merged(List<Link> links) {
        List<Link> kept = new ArrayList<>();
        for (Link link : links) {
            if (kept.stream().noneMatch(k -> k.joins(link.from(), link.to()))) {
                kept.add(link);
            }
        }
        return kept;
    }

    private static List<Point> route(ElkEdge edge, Link link) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        String source = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)).getIdentifier();
        if (!source.equals(link.from())) {
            java.util.Collections.reverse(points);
        }
        return points;
    }

    /** Lanes split half-way between the boxes of neighbouring zones; the first and last reach the edges. */
    private static List<Lane> lanes(Topology world, List<String> zones, Map<String, Box> boxes, double width) {
        double[] left = new double[zones.size()];
        double[] right = new double[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            left[i] = world.actors().stream().filter(a -> a.zone().equals(zone)).mapToDouble(a -> boxes.get(a.id()).x())
                    .min().orElse(0);
            right[i] = world.actors().stream().filter(a -> a.zone().equals(zone))
                    .mapToDouble(a -> boxes.get(a.id()).maxX()).max().orElse(0);
        }
        List<Lane> lanes = new ArrayList<>();
        double start = 0;
        for (int i = 0; i < zones.size(); i++) {
            double end = i == zones.size() - 1 ? width : (right[i] + left[i + 1]) / 2;
            String zone = zones.get(i);
            lanes.add(new Lane(zone, label(world, zone), start, end - start));
            start = end;
        }
        return lanes;
    }

    /**
     * ELK's option registry, filled once: the core options (which also teach ELK how to copy its own option
     * values) and the layered algorithm's. Outside Eclipse nothing does this for us.
     */
    private static final class Registry {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ensure() {
            // loading the class ran the registration
        }
    }

    private static String label(Topology world, String zone) {
        return world.zones().stream().anyMatch(z -> z.id().equals(zone)) ? world.zone(zone).label()
                : Zones.zoneLabel(zone);
    }
}
