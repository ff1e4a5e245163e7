package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/**
 * The partner-facing API of the {@code api-keys} scenario: every call is authenticated against the key store
 * (hash match, revocation, scope) and written to the access log, which holds whatever the URL held.
 */
final class WebhookApi {

    static final String ID = "webhook-api";
    static final String KEY_STORE = "key-store";
    static final String ACCESS_LOG = "access-log";

    /** The endpoints a key can be used on, each needing one scope. */
    enum Endpoint {
        SHIPMENTS("POST", "/webhooks/shipments", "webhooks:write", "The API records the shipment event."),
        CUSTOMERS("GET", "/customers", "customers:read", "The API returns the full customer list.");

        final String method;
        final String path;
        final String scope;
        final String acceptedCaption;

        Endpoint(String method, String path, String scope, String acceptedCaption) {
            this.method = method;
            this.path = path;
            this.scope = scope;
            this.acceptedCaption = acceptedCaption;
        }
    }

    private final Simulation sim;
    private final ApiKeyStore store;
    private final boolean keyInUrl;
    private final StringBuilder log = new StringBuilder();

    WebhookApi(Simulation sim, ApiKeyStore store, boolean keyInUrl) {
        this.sim = sim;
        this.store = store;
        this.keyInUrl = keyInUrl;
    }

    /** The access log so far, as a file would hold it. */
    String log() {
        return log.toString();
    }

    /** One call with {@code key}: request, the key store's checks, response, log line. */
    ApiKeyStore.Authentication call(String from, String ip, Endpoint endpoint, String key, String caption) {
        String target = keyInUrl ? endpoint.path + "?api_key=" + key : endpoint.path;
        String request = endpoint.method + " " + target + " HTTP/1.1\nHost: api.trustflow.demo\n"
                + (keyInUrl ? "" : "X-Api-Key: " + key + "\n");
        sim.event(EventKinds.HTTP_REQUEST, from).to(ID).caption(caption)
                .data("method", endpoint.method).data("path", endpoint.path)
                .artifact(Artifact.text("request", request)).emit();
        sim.tick(Duration.ofMillis(30));

        ApiKeyStore.Authentication auth = store.authenticate(key, endpoint.scope, sim.now());
        for (CheckResult check : auth.checks()) {
            sim.tick(Duration.ofMillis(2));
            sim.check(ID, check);
        }
        int status = auth.accepted() ? (endpoint.method.equals("POST") ? 202 : 200)
                : auth.failure().map(f -> f.check().equals(ApiKeyStore.SCOPE) ? 403 : 401).orElse(401);
        sim.tick(Duration.ofMillis(10));
        sim.event(EventKinds.HTTP_RESPONSE, ID).to(from).caption(responseCaption(auth, endpoint))
                .data("status", status).data("refusedBy", auth.failure().map(CheckResult::check).orElse(null))
                .emit();

        String line = sim.now() + " " + ip + " \"" + endpoint.method + " " + target + " HTTP/1.1\" " + status
                + " key=" + auth.keyId().orElse("-") + (keyInUrl ? "" : " prefix=" + ApiKeyStore.hint(key)) + "\n";
        log.append(line);
        sim.tick(Duration.ofMillis(5));
        sim.event("log.written", ID).to(ACCESS_LOG)
                .caption(keyInUrl ? "The access log records the full URL, and the key in it."
                        : "The access log records the method, path, status, key id and the key's first characters, never the key.")
                .data("keyInLine", keyInUrl)
                .artifact(Artifact.text("access log line", line)).emit();
        return auth;
    }

    private static String responseCaption(ApiKeyStore.Authentication auth, Endpoint endpoint) {
        if (auth.accepted()) {
            return endpoint.acceptedCaption;
        }
        switch (auth.failure().orElseThrow().check()) {
            case ApiKeyStore.SCOPE:
                return "The API refuses: this key is not allowed to call " + endpoint.path + ".";
            case ApiKeyStore.REVOKED:
                return "The API refuses: this key has been revoked.";
            default:
                return "The API refuses: no stored key matches what was sent.";
        }
    }
}
