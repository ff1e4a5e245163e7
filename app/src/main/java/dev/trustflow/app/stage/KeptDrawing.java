package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Drawing;
import dev.trustflow.app.stage.WorldLayout.Size;
import dev.trustflow.sim.world.Topology;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The world's drawing ({@link WorldLayout}), kept while its actors measure the same: laid out again only for a new
 * world or when a node's size changes (another font size, another theme). Each actor's size is its badge over its
 * name, the name wrapped to at most {@link #NAME_EMS} ems.
 */
final class KeptDrawing {

    /** The widest an actor's name wraps to, in ems of its font. */
    private static final double NAME_EMS = 9;

    private Drawing drawing;
    private Map<String, Size> drawnSizes = Map.of();

    /** Drops the drawing: the next {@link #of} lays the world out again. */
    void forget() {
        drawing = null;
    }

    /** The drawing of {@code world} with its actors' {@code nodes} as they measure now; the same object if unchanged. */
    Drawing of(Topology world, Map<String, ActorNode> nodes) {
        Map<String, Size> sizes = measure(nodes);
        if (drawing == null || !sizes.equals(drawnSizes)) {
            Map<String, Double> anchors = new LinkedHashMap<>();
            nodes.forEach((id, node) -> anchors.put(id, node.badgeRadius()));
            drawing = WorldLayout.layout(world, sizes, anchors);
            drawnSizes = sizes;
        }
        return drawing;
    }

    private static Map<String, Size> measure(Map<String, ActorNode> nodes) {
        Map<String, Size> sizes = new LinkedHashMap<>();
        nodes.forEach((id, node) -> {
            double width = Math.ceil(Math.max(node.longestWordWidth(),
                    Math.min(node.prefWidth(-1), node.nameFontSize() * NAME_EMS)));
            sizes.put(id, new Size(width, Math.ceil(node.prefHeight(width))));
        });
        return sizes;
    }
}
