package dev.trustflow.sim.tls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The TLS connections one run opened, in the order they were opened. A connection is read when the log is read, so
 * application data sent after its handshake is in the capture too.
 */
public final class TlsConnectionLog {

    private record Opened(String client, String server, Instant openedAt, InMemoryTlsConnection connection) {
    }

    private final List<Opened> opened = new ArrayList<>();

    /** Notes a connection between two actors, opened at the run's virtual time {@code openedAt}. */
    public void opened(String client, String server, Instant openedAt, InMemoryTlsConnection connection) {
        opened.add(new Opened(Objects.requireNonNull(client, "client"), Objects.requireNonNull(server, "server"),
                Objects.requireNonNull(openedAt, "openedAt"), Objects.requireNonNull(connection, "connection")));
    }

    /** Each connection as recorded so far; connections that never began their handshake are left out. */
    public List<CapturedConnection> connections() {
        return opened.stream().filter(o -> !o.connection().recording().records().isEmpty())
                .map(o -> new CapturedConnection(o.client(), o.server(), o.openedAt(), o.connection().recording()))
                .toList();
    }

    public boolean isEmpty() {
        return connections().isEmpty();
    }
}
