package dev.trustflow.sim.tls;

/** Which endpoint of the connection. */
public enum Side {
    CLIENT, SERVER;

    public Side other() {
        return this == CLIENT ? SERVER : CLIENT;
    }
}
