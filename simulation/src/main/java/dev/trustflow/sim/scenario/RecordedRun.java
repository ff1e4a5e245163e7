package dev.trustflow.sim.scenario;

import dev.trustflow.sim.tls.CapturedConnection;
import dev.trustflow.sim.trace.Trace;
import java.util.List;
import java.util.Objects;

/**
 * A run's trace together with what the trace does not hold: the TLS connections the run opened, each with its
 * records on the wire and its key log, for a capture file.
 */
public record RecordedRun(Trace trace, List<CapturedConnection> tlsConnections) {

    public RecordedRun {
        Objects.requireNonNull(trace, "trace");
        tlsConnections = List.copyOf(tlsConnections);
    }
}
