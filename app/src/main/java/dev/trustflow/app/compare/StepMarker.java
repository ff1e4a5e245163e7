package dev.trustflow.app.compare;

import dev.trustflow.sim.analysis.AlignedStep;
import dev.trustflow.sim.analysis.Divergence;
import dev.trustflow.sim.analysis.EventKey;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * One aligned step on the comparison's progress strip.
 *
 * @param step       its index, to jump to
 * @param styleClass {@code compare-step-same}, {@code compare-step-differs} or {@code compare-step-first}
 * @param tooltip    {@code 10 · left: check.pass pkce.challenge · right: waits}
 */
public record StepMarker(int step, String styleClass, String tooltip) {

    static final String SAME = "compare-step-same";
    static final String DIFFERS = "compare-step-differs";
    static final String FIRST = "compare-step-first";

    static List<StepMarker> of(Divergence divergence, Trace left, Trace right) {
        List<StepMarker> markers = new ArrayList<>();
        for (int i = 0; i < divergence.steps().size(); i++) {
            AlignedStep step = divergence.steps().get(i);
            String style = i == divergence.firstIndex() ? FIRST : step.same() ? SAME : DIFFERS;
            String tooltip = step.same()
                    ? (i + 1) + " · both: " + EventKey.of(left.event(step.left())).describe()
                    : (i + 1) + " · left: " + side(left, step.left()) + " · right: " + side(right, step.right());
            markers.add(new StepMarker(i, style, tooltip));
        }
        return List.copyOf(markers);
    }

    private static String side(Trace trace, int index) {
        return index < 0 ? "waits" : EventKey.of(trace.event(index)).describe();
    }
}
