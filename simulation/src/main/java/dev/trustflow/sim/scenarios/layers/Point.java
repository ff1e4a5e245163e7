package dev.trustflow.sim.scenarios.layers;

/** A place the message passes or rests, and so a row of the matrix: who holds a copy there. */
enum Point {
    WIRE("wire", "network observer"),
    SERVER("server", "server process"),
    DUMP("dump", "database dump"),
    RECIPIENT("bob", "Bob");

    private final String id;
    private final String label;

    Point(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The key of this point's cell in an event's data and the run's summary. */
    String id() {
        return id;
    }

    String label() {
        return label;
    }
}
