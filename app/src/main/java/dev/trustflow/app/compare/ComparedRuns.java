package dev.trustflow.app.compare;

import dev.trustflow.sim.analysis.Divergence;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.trace.Trace;

/** What one comparison run produced, off the FX thread: both traces, the setting each used, and where they part. */
record ComparedRuns(OptionSpec spec, Object leftValue, Object rightValue, Trace left, Trace right,
                    Divergence divergence) {
}
