package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.util.Arrays;
import java.util.Optional;

/**
 * The partner-facing API of the {@code api-keys} scenario: its guard authenticates every call against the key
 * store (hash match, revocation, scope), its handler answers, and every call is written to the access log, which
 * holds whatever the URL held.
 */
final class WebhookApi {

    static final String ID = "webhook-api";
    static final String KEY_STORE = "key-store";
    static final String ACCESS_LOG = "access-log";
    private static final String KEY = "api key";
    private static final String KEY_ID = "key id";

    /** The endpoints a key can be used on, each needing one scope. */
    enum Endpoint {
        SHIPMENTS("POST", "/webhooks/shipments", "webhooks:write", 202, "The API records the shipment event."),
        CUSTOMERS("GET", "/customers", "customers:read", 200, "The API returns the full customer list.");

        final String method;
        final String path;
        final String scope;
        final int status;
        final String acceptedCaption;

        Endpoint(String method, String path, String scope, int status, String acceptedCaption) {
            this.method = method;
            this.path = path;
            this.scope = scope;
            this.status = status;
            this.acceptedCaption = acceptedCaption;
        }

        static Endpoint of(Request request) {
            return Arrays.stream(values()).filter(e -> e.method.equals(request.method()) && e.path.equals(request.path()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no endpoint " + request.line()));
        }
    }

    /** How one call went: the exchange, and the check that refused it if one did. */
    record Call(Exchange exchange, Optional<CheckResult> failure) {
        boolean accepted() {
            return exchange.ok() && failure.isEmpty();
        }

        boolean refusedBy(String check) {
            return failure.map(f -> f.check().equals(check)).orElse(false);
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

    /** Puts the API's key check and its handler into the world. */
    void install() {
        sim.guard(ID, this::authenticate);
        sim.serve(ID, WebhookApi::serve);
    }

    /** The access log so far, as a file would hold it. */
    String log() {
        return log.toString();
    }

    /** One call with {@code key}, sent because of event {@code cause} (or none), then its access log line. */
    Call call(String from, String ip, Endpoint endpoint, String key, String caption, Integer cause) {
        String target = keyInUrl ? endpoint.path + "?api_key=" + key : endpoint.path;
        Request request = Request.of(endpoint.method, from, ID, endpoint.path).caption(caption).causedBy(cause)
                .artifact(Artifact.text("request", endpoint.method + " " + target + " HTTP/1.1\n"
                        + "Host: api.trustflow.demo\n" + (keyInUrl ? "" : "X-Api-Key: " + key + "\n")))
                .carry(KEY, key);
        Exchange exchange = sim.send(request);
        Call call = new Call(exchange, Refusals.failed(exchange));
        String line = sim.now() + " " + ip + " \"" + endpoint.method + " " + target + " HTTP/1.1\" "
                + exchange.status().orElseThrow() + " key=" + request.carried(KEY_ID, String.class).orElse("-")
                + (keyInUrl ? "" : " prefix=" + ApiKeyStore.hint(key)) + "\n";
        log.append(line);
        sim.event("log.written", ID).to(ACCESS_LOG).cause(exchange.responseSeq()).flow(exchange.flow())
                .caption(keyInUrl ? "The access log records the full URL, and the key in it."
                        : "The access log records the method, path, status, key id and the key's first characters, never the key.")
                .data("keyInLine", keyInUrl)
                .artifact(Artifact.text("access log line", line)).emit();
        return call;
    }

    private Optional<Reply> authenticate(Arrival at) {
        Endpoint endpoint = Endpoint.of(at.request());
        String key = at.request().carried(KEY, String.class).orElse(null);
        ApiKeyStore.Authentication auth = store.authenticate(key, endpoint.scope, at.now());
        auth.keyId().ifPresent(id -> at.request().carry(KEY_ID, id));
        for (CheckResult check : auth.checks()) {
            int seq = Refusals.check(at, check);
            if (!check.passed()) {
                return Optional.of(Refusals.refuse(at, check.check().equals(ApiKeyStore.SCOPE) ? 403 : 401, check,
                        seq, refusal(check, endpoint)));
            }
        }
        return Optional.empty();
    }

    private static Reply serve(Arrival at) {
        Endpoint endpoint = Endpoint.of(at.request());
        return Reply.of(endpoint.status, endpoint.acceptedCaption);
    }

    private static String refusal(CheckResult failed, Endpoint endpoint) {
        switch (failed.check()) {
            case ApiKeyStore.SCOPE:
                return "The API refuses: this key is not allowed to call " + endpoint.path + ".";
            case ApiKeyStore.REVOKED:
                return "The API refuses: this key has been revoked.";
            default:
                return "The API refuses: no stored key matches what was sent.";
        }
    }
}
