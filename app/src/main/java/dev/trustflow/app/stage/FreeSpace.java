package dev.trustflow.app.stage;

import dev.trustflow.app.stage.WorldLayout.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds room for a box (a callout, a packet chip, an alarm) where it covers nothing: the first candidate
 * that stays on the stage and meets no obstacle, else the candidate that covers least. Pure: no JavaFX.
 */
final class FreeSpace {

    /** Room kept between a placed box and what it sits beside. */
    static final double GAP = 8;

    private FreeSpace() {
    }

    /**
     * Candidates beside {@code anchor} for a box {@code w} x {@code h}: right, left, below, above, then the same
     * sides slid along in steps, then further out.
     */
    static List<Box> beside(Box anchor, double w, double h) {
        List<Box> candidates = new ArrayList<>();
        for (int ring = 0; ring < 4; ring++) {
            double out = GAP + ring * (GAP * 4);
            double cy = anchor.centre().y() - h / 2;
            double cx = anchor.centre().x() - w / 2;
            for (int slide = 0; slide <= 6; slide++) {
                for (int sign : slide == 0 ? new int[] {1} : new int[] {-1, 1}) {
                    double dy = sign * slide * h / 2;
                    double dx = sign * slide * w / 4;
                    candidates.add(new Box(anchor.maxX() + out, cy + dy, w, h));
                    candidates.add(new Box(anchor.x() - out - w, cy + dy, w, h));
                    candidates.add(new Box(cx + dx, anchor.maxY() + out, w, h));
                    candidates.add(new Box(cx + dx, anchor.y() - out - h, w, h));
                }
            }
        }
        return candidates;
    }

    /** Candidates in the free band {@code room}, nearest to {@code x} first, left to right in steps. */
    static List<Box> inRoom(Box room, double x, double w, double h) {
        List<Box> candidates = new ArrayList<>();
        double y = room.y() + Math.max(0, (room.height() - h) / 2);
        candidates.add(new Box(x - w / 2, y, w, h));
        for (double left = room.x() + GAP; left + w <= room.maxX(); left += Math.max(GAP, w / 4)) {
            candidates.add(new Box(left, y, w, h));
        }
        candidates.sort(java.util.Comparator.comparingDouble(b -> Math.abs(b.centre().x() - x)));
        return candidates;
    }

    /** Candidates centred on points along {@code path}, the preferred share of the way first. */
    static List<Box> along(List<Point> path, double w, double h, double[] shares) {
        List<Box> candidates = new ArrayList<>();
        for (double share : shares) {
            Point p = at(path, share);
            candidates.add(new Box(p.x() - w / 2, p.y() - h / 2, w, h));
        }
        // then beside the path: above, below, left and right of those points
        for (double share : shares) {
            Point p = at(path, share);
            candidates.add(new Box(p.x() - w / 2, p.y() - h - GAP / 2, w, h));
            candidates.add(new Box(p.x() - w / 2, p.y() + GAP / 2, w, h));
            candidates.add(new Box(p.x() + GAP / 2, p.y() - h / 2, w, h));
            candidates.add(new Box(p.x() - w - GAP / 2, p.y() - h / 2, w, h));
        }
        return candidates;
    }

    /** The point {@code share} (0..1) of the way along {@code path}. */
    static Point at(List<Point> path, double share) {
        double total = length(path);
        double wanted = total * Math.max(0, Math.min(1, share));
        for (int i = 0; i + 1 < path.size(); i++) {
            double piece = path.get(i).distance(path.get(i + 1));
            if (wanted <= piece && piece > 0) {
                return path.get(i).towards(path.get(i + 1), wanted / piece);
            }
            wanted -= piece;
        }
        return path.get(path.size() - 1);
    }

    static double length(List<Point> path) {
        double total = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            total += path.get(i).distance(path.get(i + 1));
        }
        return total;
    }

    /** The first candidate inside {@code width} x {@code height} that meets no obstacle, else the one that covers least. */
    static Box choose(List<Box> candidates, List<Box> obstacles, double width, double height) {
        Box best = null;
        double bestCover = Double.MAX_VALUE;
        for (Box c : candidates) {
            Box inside = new Box(clamp(c.x(), 2, width - c.width() - 2), clamp(c.y(), 2, height - c.height() - 2),
                    c.width(), c.height());
            double cover = cover(inside, obstacles);
            if (cover == 0) {
                return inside;
            }
            if (cover < bestCover) {
                bestCover = cover;
                best = inside;
            }
        }
        return best;
    }

    /** Whether {@code box}, with the margin {@link #choose} keeps, meets none of {@code obstacles}. */
    static boolean isFree(Box box, List<Box> obstacles) {
        return cover(box, obstacles) == 0;
    }

    /** How much of {@code obstacles} {@code box}, grown by a 2 px margin, covers. */
    private static double cover(Box box, List<Box> obstacles) {
        double cover = 0;
        for (Box o : obstacles) {
            cover += overlap(box.grow(2), o);
        }
        return cover;
    }

    static double overlap(Box a, Box b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
