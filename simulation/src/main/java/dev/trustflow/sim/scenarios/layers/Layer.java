package dev.trustflow.sim.scenarios.layers;

/** One encryption layer around the message, as a holder meets it from the outside in. */
enum Layer {
    /** TLS 1.3 records on a connection: only the connection's two endpoints hold the traffic keys. */
    TLS("tls", "TLS"),
    /** AES-256-GCM with the server's database key, around what the database stores. */
    AT_REST("at-rest", "at-rest encryption"),
    /** ECDH P-256 + HKDF-SHA256 + AES-256-GCM to Bob's public key: only Bob's private key opens it. */
    E2E("e2e", "end-to-end encryption");

    private final String id;
    private final String label;

    Layer(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }
}
