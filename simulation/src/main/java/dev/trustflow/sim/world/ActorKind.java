package dev.trustflow.sim.world;

/** What an actor is; the app picks its icon and shape from this. */
public enum ActorKind {
    USER,
    BROWSER,
    CLIENT_APP,
    AUTHORIZATION_SERVER,
    API_GATEWAY,
    SERVICE,
    DATABASE,
    POLICY_ENGINE,
    CERTIFICATE_AUTHORITY,
    SECRETS_VAULT,
    ATTACKER,
    THIRD_PARTY;

    /** Whether messages between two other actors may pass through it (a gateway forwards; a browser does not). */
    public boolean isRelay() {
        return this == API_GATEWAY;
    }
}
