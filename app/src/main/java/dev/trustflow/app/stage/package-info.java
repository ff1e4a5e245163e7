/**
 * The centre stage: actors in zone lanes, links styled by channel and protection with a legend, and the
 * current event drawn as a travelling packet, a check callout, a clock jump or an alarm.
 *
 * <p>Layout library: ELK's layered algorithm (Eclipse Layout Kernel 0.12.0, plain Java, runs on Java 17 and in
 * the jlinked image), see {@link dev.trustflow.app.stage.WorldLayout}. Chosen because the stage is a layered
 * picture (zones left to right, outside in), which ELK lays out with partitions, node-overlap-free layers and
 * orthogonal routes around nodes for 4 to 25 actors in milliseconds; JGraphT (already used for routing) has no
 * drawing algorithms, and a hand-written layout is what failed before. The world is laid out once per world
 * and font ({@link dev.trustflow.app.stage.WorldLayout}, kept by {@link dev.trustflow.app.stage.KeptDrawing}),
 * its zones drawn as lanes ({@link dev.trustflow.app.stage.ZoneLanes}), fitted to the stage once per stage width
 * ({@link dev.trustflow.app.stage.StageFit}), and effects take free room beside their actor
 * ({@link dev.trustflow.app.stage.FreeSpace}). The layout, fit and event-to-effect mapping are pure and
 * unit-tested; {@code StageLegibilityFxTest} checks the drawn stage of every scenario, what-if and step.
 */
package dev.trustflow.app.stage;
