package dev.trustflow.app.stage;

/** A point on the stage, in the stage's own coordinates. */
record Point(double x, double y) {

    /** The point {@code fraction} of the way from here to {@code to}. */
    Point towards(Point to, double fraction) {
        return new Point(x + (to.x - x) * fraction, y + (to.y - y) * fraction);
    }

    double distance(Point to) {
        return Math.hypot(to.x - x, to.y - y);
    }
}
