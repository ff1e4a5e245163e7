package dev.trustflow.sim.oauth.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A client as the authorization server registered it.
 *
 * @param clientId      public identifier ({@code photo-app})
 * @param name          what a consent screen shows
 * @param type          confidential (has a secret) or public
 * @param redirectUris  the exact callback URIs it registered (empty for machine clients)
 * @param secretHash    SHA-256 of its secret, or null for a public client; the secret itself is never kept
 * @param allowedScopes the scopes it may ever be granted
 */
public record RegisteredClient(String clientId, String name, ClientType type, List<String> redirectUris,
                               String secretHash, Set<String> allowedScopes) {

    public RegisteredClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        redirectUris = List.copyOf(redirectUris);
        allowedScopes = Set.copyOf(allowedScopes);
        if ((type == ClientType.CONFIDENTIAL) != (secretHash != null)) {
            throw new IllegalArgumentException(clientId + ": a confidential client has a secret, a public one none");
        }
    }
}
