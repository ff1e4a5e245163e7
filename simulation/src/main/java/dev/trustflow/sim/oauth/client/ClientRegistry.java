package dev.trustflow.sim.oauth.client;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The authorization server's table of clients. Secrets are stored only as SHA-256 hashes. */
public final class ClientRegistry {

    public static final String CLIENT_AUTH = "oauth.client-auth";
    public static final String REDIRECT_URI = "oauth.redirect-uri";

    private final OpaqueSecrets secrets;
    private final Map<String, RegisteredClient> clients = new LinkedHashMap<>();

    public ClientRegistry(OpaqueSecrets secrets) {
        this.secrets = secrets;
    }

    /** Registers a public client (no secret). */
    public RegisteredClient registerPublic(String clientId, String name, List<String> redirectUris,
                                           Set<String> scopes) {
        return put(new RegisteredClient(clientId, name, ClientType.PUBLIC, redirectUris, null, scopes));
    }

    /** Registers a confidential client and returns its freshly generated secret (shown once, stored hashed). */
    public String registerConfidential(String clientId, String name, List<String> redirectUris, Set<String> scopes) {
        String secret = secrets.next("cs_", 32);
        put(new RegisteredClient(clientId, name, ClientType.CONFIDENTIAL, redirectUris, OpaqueSecrets.hash(secret),
                scopes));
        return secret;
    }

    private RegisteredClient put(RegisteredClient client) {
        if (clients.putIfAbsent(client.clientId(), client) != null) {
            throw new IllegalArgumentException("client registered twice: " + client.clientId());
        }
        return client;
    }

    public Optional<RegisteredClient> find(String clientId) {
        return Optional.ofNullable(clientId).map(clients::get);
    }

    public Collection<RegisteredClient> all() {
        return clients.values();
    }

    /**
     * Client authentication at the token endpoint: a confidential client must present the secret whose hash is
     * stored; a public client presents none and is identified only (its proof is PKCE).
     */
    public CheckResult authenticate(String clientId, String presentedSecret) {
        RegisteredClient client = clients.get(clientId);
        if (client == null) {
            return CheckResult.fail(CLIENT_AUTH, "no client is registered as '" + clientId + "'");
        }
        if (client.type() == ClientType.PUBLIC) {
            return presentedSecret == null
                    ? CheckResult.pass(CLIENT_AUTH, client.clientId() + " is a public client: identified by"
                            + " client_id, it has no secret to check")
                    : CheckResult.fail(CLIENT_AUTH, client.clientId() + " is a public client and has no secret");
        }
        if (presentedSecret == null) {
            return CheckResult.fail(CLIENT_AUTH, "confidential client " + clientId + " sent no client secret");
        }
        return OpaqueSecrets.matches(presentedSecret, client.secretHash())
                ? CheckResult.pass(CLIENT_AUTH, "the secret's SHA-256 matches the hash stored for " + clientId)
                : CheckResult.fail(CLIENT_AUTH, "the secret's SHA-256 does not match the hash stored for " + clientId);
    }

    /** Whether {@code requested} is one of the client's registered redirect URIs under {@code matching}. */
    public CheckResult checkRedirect(RegisteredClient client, String requested, RedirectMatching matching) {
        if (requested == null) {
            return CheckResult.fail(REDIRECT_URI, "the request has no redirect_uri");
        }
        for (String registered : client.redirectUris()) {
            if (matching.matches(registered, requested)) {
                return registered.equals(requested)
                        ? CheckResult.pass(REDIRECT_URI, requested + " is exactly a registered redirect URI of "
                                + client.clientId())
                        : CheckResult.pass(REDIRECT_URI, requested + " accepted by " + matching.name().toLowerCase()
                                + " matching against " + registered + " (not an exact match)");
            }
        }
        return CheckResult.fail(REDIRECT_URI, requested + " is not a registered redirect URI of "
                + client.clientId() + " (registered: " + String.join(", ", client.redirectUris()) + ")");
    }

    /** The registry as the inspector shows it: ids, types, redirect URIs, secret hashes (never secrets). */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (RegisteredClient c : clients.values()) {
            s.append(c.clientId()).append(" (").append(c.type().name().toLowerCase()).append(")");
            if (c.secretHash() != null) {
                s.append(" secret sha256=").append(OpaqueSecrets.shortHash(c.secretHash()));
            }
            s.append(" scopes=").append(String.join(" ", new java.util.TreeSet<>(c.allowedScopes())));
            if (!c.redirectUris().isEmpty()) {
                s.append(" redirect_uris=").append(String.join(" ", c.redirectUris()));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
