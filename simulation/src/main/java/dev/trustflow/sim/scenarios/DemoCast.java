package dev.trustflow.sim.scenarios;

/**
 * The names every family shares, written once: the demo identity provider's actor id and issuer URL, the API
 * gateway's id. Families alias them under their own names where their tests read them.
 */
public final class DemoCast {

    /** The authorization server / identity provider of every token scenario. */
    public static final String AUTH_SERVER = "auth-server";
    /** Its issuer URL, the {@code iss} of every token it signs. */
    public static final String ISSUER = "https://auth.trustflow.demo";
    /** The API gateway in front of the services. */
    public static final String GATEWAY = "api-gateway";

    private DemoCast() {
    }
}
