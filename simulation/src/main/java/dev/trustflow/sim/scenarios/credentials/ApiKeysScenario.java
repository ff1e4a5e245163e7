package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.credentials.WebhookApi.Endpoint;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A partner (ShipCo) calls a webhook API with an API key. The attacker reads the access log and a dump of the
 * key store, and tries whatever it found; the key is later rotated. Keys in URLs, plaintext storage, broad
 * scopes and rotation without overlap are the what-ifs.
 */
public final class ApiKeysScenario implements Scenario {

    static final String PARTNER = "partner-server";
    static final String ATTACKER = "attacker";
    static final String KEY_IN_URL = "key-in-url";
    static final String STORE = "store";
    static final String KEY_SCOPE = "key-scope";
    static final String ROTATION = "rotation";
    static final String PARTNER_IP = "198.51.100.20";
    static final String ATTACKER_IP = "203.0.113.66";
    static final Set<String> NARROW = Set.of("webhooks:write");
    static final Set<String> BROAD = Set.of("webhooks:write", "customers:read", "payouts:write");

    @Override
    public String id() {
        return "api-keys";
    }

    @Override
    public String title() {
        return "API keys: hashed, scoped, rotated, never logged";
    }

    @Override
    public String description() {
        return "A partner's server calls our webhook API with an API key. An attacker reads the access log and a "
                + "copy of the key store and tries every key it finds; three months later the key is rotated. "
                + "Where the key is written, how it is stored, what it may do and how it is rotated decide what "
                + "the attacker gets.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool(KEY_IN_URL, false, "Key in URL",
                        "The partner sends the key in the URL (?api_key=...), so every access log line holds it."),
                OptionSpec.choice(STORE, "hashed", List.of("hashed", "plaintext"), "Key storage",
                        "hashed keeps only SHA-256 of each key; plaintext keeps the keys themselves."),
                OptionSpec.choice(KEY_SCOPE, "webhooks-only", List.of("webhooks-only", "all-endpoints"), "Key scope",
                        "webhooks-only lets the key post shipment events; all-endpoints also reads customers."),
                OptionSpec.choice(ROTATION, "overlap", List.of("overlap", "none", "hard-cutover"), "Rotation",
                        "overlap: new key, both work a week, old revoked; none: never rotated; hard-cutover: old dies at once."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        declareWorld(sim);
        ApiKeyStore.Storage storage = ApiKeyStore.Storage.valueOf(options.choice(STORE).toUpperCase(Locale.ROOT));
        ApiKeyStore store = new ApiKeyStore(storage, new SecureRandom());
        WebhookApi api = new WebhookApi(sim, store, options.flag(KEY_IN_URL));
        Set<String> scopes = options.choice(KEY_SCOPE).equals("webhooks-only") ? NARROW : BROAD;

        ApiKeyStore.IssuedKey first = store.issue("shipco", scopes, sim.now());
        KeyHandover.issue(sim, store, first, "The API creates key-1 for ShipCo and shows it once.");

        sim.tick(Duration.ofSeconds(60));
        api.call(PARTNER, PARTNER_IP, Endpoint.SHIPMENTS, first.plaintext(),
                "ShipCo's server posts a shipment event with its key.");

        sim.tick(Duration.ofMinutes(5));
        var misuse = api.call(PARTNER, PARTNER_IP, Endpoint.CUSTOMERS, first.plaintext(),
                "A ShipCo developer tries the same key on GET /customers, which ShipCo never needed.");
        if (misuse.accepted()) {
            leak(sim, PARTNER, "ShipCo's server now holds every customer's name and address.");
        }

        Set<String> stolen = new LinkedHashSet<>();
        sim.tick(Duration.ofHours(2));
        readLog(sim, api, first, stolen);
        sim.tick(Duration.ofMinutes(30));
        dumpStore(sim, api, store, first, stolen);
        for (String key : stolen) {
            sim.tick(Duration.ofMinutes(1));
            var grab = api.call(ATTACKER, ATTACKER_IP, Endpoint.CUSTOMERS, key,
                    "The attacker tries the stolen key on GET /customers.");
            attackOutcome(sim, "read-customers", grab, "The attacker downloads the customer list.");
            if (grab.accepted()) {
                leak(sim, ATTACKER, "The attacker now holds every customer's name and address.");
            }
        }

        new KeyRotation(sim, store, api, scopes, first).run(options.choice(ROTATION), stolen);
        sim.summary().put("keysStolen", stolen.size());
        sim.summary().put("activeKeys", store.activeKeys("shipco", sim.now()).size());
    }

    private static void readLog(Simulation sim, WebhookApi api, ApiKeyStore.IssuedKey first, Set<String> stolen) {
        sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(WebhookApi.ACCESS_LOG)
                .caption("The attacker gets read access to the access log, which is copied to many places.")
                .data("step", "read-log").artifact(Artifact.text("access log", api.log())).emit();
        sim.tick(Duration.ofMinutes(1));
        if (api.log().contains(first.plaintext())) {
            stolen.add(first.plaintext());
            leak(sim, ATTACKER, "The log holds ShipCo's full API key: the attacker copies it.");
            var use = api.call(ATTACKER, ATTACKER_IP, Endpoint.SHIPMENTS, first.plaintext(),
                    "The attacker posts a fake shipment event with the key from the log.");
            attackOutcome(sim, "use-logged-key", use, "The fake event is accepted as ShipCo's.");
        } else {
            var guess = api.call(ATTACKER, ATTACKER_IP, Endpoint.SHIPMENTS, first.hint(),
                    "The log shows only the key's first characters, so the attacker tries those.");
            attackOutcome(sim, "use-logged-key", guess, "The fragment is accepted.");
        }
    }

    private static void dumpStore(Simulation sim, WebhookApi api, ApiKeyStore store, ApiKeyStore.IssuedKey first,
                                  Set<String> stolen) {
        sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(WebhookApi.KEY_STORE)
                .caption("The attacker gets a copy of the key store from a leaked database backup.")
                .data("step", "dump-store").artifact(Artifact.text("key store dump", store.dump())).emit();
        sim.tick(Duration.ofMinutes(1));
        String column = store.secretColumn(first.id());
        var use = api.call(ATTACKER, ATTACKER_IP, Endpoint.SHIPMENTS, column,
                "The attacker sends key-1's secret column from the dump as if it were the key.");
        attackOutcome(sim, "use-dumped-key", use, "The value from the dump works as ShipCo's key.");
        if (use.accepted()) {
            stolen.add(column);
            leak(sim, ATTACKER, "The dump holds every key in usable form.");
        }
    }

    static void attackOutcome(Simulation sim, String step, ApiKeyStore.Authentication auth,
                              String successCaption) {
        sim.tick(Duration.ofMillis(10));
        var event = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(WebhookApi.ID).data("step", step);
        if (auth.accepted()) {
            event.caption(successCaption).data("outcome", "succeeded").emit();
        } else {
            String check = auth.failure().orElseThrow().check();
            event.caption("That failed: " + check + " stopped it.").data("outcome", "blocked")
                    .data("stoppedBy", check).emit();
        }
    }

    static void leak(Simulation sim, String who, String caption) {
        sim.event(EventKinds.DATA_LEAKED, who).caption(caption).emit();
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(PARTNER, "ShipCo's server", ActorKind.THIRD_PARTY, "partner");
        sim.world().actor(ATTACKER, "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().actor(WebhookApi.ID, "Webhook API", ActorKind.SERVICE, "dmz");
        sim.world().actor(WebhookApi.KEY_STORE, "API key store", ActorKind.DATABASE, "internal");
        sim.world().actor(WebhookApi.ACCESS_LOG, "Access log", ActorKind.DATABASE, "internal");
        sim.world().link(PARTNER, WebhookApi.ID, Channel.BACK);
        sim.world().link(WebhookApi.ID, WebhookApi.KEY_STORE, Channel.BACK);
        sim.world().link(WebhookApi.ID, WebhookApi.ACCESS_LOG, Channel.BACK);
        sim.world().link(ATTACKER, WebhookApi.ID, Channel.ATTACK);
        sim.world().link(ATTACKER, WebhookApi.ACCESS_LOG, Channel.ATTACK);
        sim.world().link(ATTACKER, WebhookApi.KEY_STORE, Channel.ATTACK);
    }
}
