package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.credentials.WebhookApi.Call;
import dev.trustflow.sim.scenarios.credentials.WebhookApi.Endpoint;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
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
        ApiKeyStore store = new ApiKeyStore(storage, sim.randomness().secure());
        WebhookApi api = new WebhookApi(sim, store, options.flag(KEY_IN_URL));
        api.install();
        Set<String> scopes = options.choice(KEY_SCOPE).equals("webhooks-only") ? NARROW : BROAD;

        sim.phase("ShipCo gets its key");
        ApiKeyStore.IssuedKey first = store.issue("shipco", scopes, sim.now());
        int issued = KeyHandover.issue(sim, store, first, "The API creates key-1 for ShipCo and shows it once.");

        sim.tick(Duration.ofSeconds(60));
        api.call(PARTNER, PARTNER_IP, Endpoint.SHIPMENTS, first.plaintext(),
                "ShipCo's server posts a shipment event with its key.", issued);

        sim.tick(Duration.ofMinutes(5));
        sim.phase("Beyond the key's scope");
        Call misuse = api.call(PARTNER, PARTNER_IP, Endpoint.CUSTOMERS, first.plaintext(),
                "A ShipCo developer tries the same key on GET /customers, which ShipCo never needed.", null);
        if (misuse.accepted()) {
            leak(sim, PARTNER, misuse, "ShipCo's server now holds every customer's name and address.");
        }

        Set<String> stolen = new LinkedHashSet<>();
        sim.tick(Duration.ofHours(2));
        sim.phase("The access log");
        readLog(sim, api, first, stolen);
        sim.tick(Duration.ofMinutes(30));
        sim.phase("The key store dump");
        dumpStore(sim, api, store, first, stolen);
        for (String key : stolen) {
            sim.tick(Duration.ofMinutes(1));
            Call grab = api.call(Attacker.ID, ATTACKER_IP, Endpoint.CUSTOMERS, key,
                    "The attacker tries the stolen key on GET /customers.", null);
            Attacker.outcome(sim, "read-customers", WebhookApi.ID, grab.exchange(),
                    "The attacker downloads the customer list.", "That failed");
            if (grab.accepted()) {
                leak(sim, Attacker.ID, grab, "The attacker now holds every customer's name and address.");
            }
        }

        sim.phase("Rotation");
        new KeyRotation(sim, store, api, scopes, first).run(options.choice(ROTATION), stolen);
        sim.summary().put("keysStolen", stolen.size());
        sim.summary().put("activeKeys", store.activeKeys("shipco", sim.now()).size());
    }

    private static void readLog(Simulation sim, WebhookApi api, ApiKeyStore.IssuedKey first, Set<String> stolen) {
        int read = sim.event(EventKinds.ATTACK_STEP, Attacker.ID).to(WebhookApi.ACCESS_LOG)
                .caption("The attacker gets read access to the access log, which is copied to many places.")
                .data(DataKeys.STEP, "read-log").artifact(Artifact.text("access log", api.log())).emit();
        sim.tick(Duration.ofMinutes(1));
        if (api.log().contains(first.plaintext())) {
            stolen.add(first.plaintext());
            int copied = sim.event(EventKinds.DATA_LEAKED, Attacker.ID).cause(read)
                    .caption("The log holds ShipCo's full API key: the attacker copies it.")
                    .steals(Attacker.ID, PARTNER, first.id()).emit();
            Call use = api.call(Attacker.ID, ATTACKER_IP, Endpoint.SHIPMENTS, first.plaintext(),
                    "The attacker posts a fake shipment event with the key from the log.", copied);
            Attacker.outcome(sim, "use-logged-key", WebhookApi.ID, use.exchange(),
                    "The fake event is accepted as ShipCo's.", "That failed");
        } else {
            Call guess = api.call(Attacker.ID, ATTACKER_IP, Endpoint.SHIPMENTS, first.hint(),
                    "The log shows only the key's first characters, so the attacker tries those.", read);
            Attacker.outcome(sim, "use-logged-key", WebhookApi.ID, guess.exchange(), "The fragment is accepted.",
                    "That failed");
        }
    }

    private static void dumpStore(Simulation sim, WebhookApi api, ApiKeyStore store, ApiKeyStore.IssuedKey first,
                                  Set<String> stolen) {
        int dumped = sim.event(EventKinds.ATTACK_STEP, Attacker.ID).to(WebhookApi.KEY_STORE)
                .caption("The attacker gets a copy of the key store from a leaked database backup.")
                .data(DataKeys.STEP, "dump-store").artifact(Artifact.text("key store dump", store.dump())).emit();
        sim.tick(Duration.ofMinutes(1));
        String column = store.secretColumn(first.id());
        Call use = api.call(Attacker.ID, ATTACKER_IP, Endpoint.SHIPMENTS, column,
                "The attacker sends key-1's secret column from the dump as if it were the key.", dumped);
        Attacker.outcome(sim, "use-dumped-key", WebhookApi.ID, use.exchange(),
                "The value from the dump works as ShipCo's key.", "That failed");
        if (use.accepted()) {
            stolen.add(column);
            sim.event(EventKinds.DATA_LEAKED, Attacker.ID).cause(use.exchange().responseSeq())
                    .caption("The dump holds every key in usable form.")
                    .steals(Attacker.ID, PARTNER, first.id()).emit();
        }
    }

    private static void leak(Simulation sim, String who, Call call, String caption) {
        sim.event(EventKinds.DATA_LEAKED, who).cause(call.exchange().responseSeq()).flow(call.exchange().flow())
                .caption(caption).emit();
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(PARTNER, "ShipCo's server", ActorKind.THIRD_PARTY, "partner");
        sim.world().actor(Attacker.ID, "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().actor(WebhookApi.ID, "Webhook API", ActorKind.SERVICE, "dmz");
        sim.world().actor(WebhookApi.KEY_STORE, "API key store", ActorKind.DATABASE, "internal");
        sim.world().actor(WebhookApi.ACCESS_LOG, "Access log", ActorKind.DATABASE, "internal");
        sim.world().link(PARTNER, WebhookApi.ID, Channel.BACK, Protection.TLS);
        sim.world().link(WebhookApi.ID, WebhookApi.KEY_STORE, Channel.BACK);
        sim.world().link(WebhookApi.ID, WebhookApi.ACCESS_LOG, Channel.BACK);
        sim.world().link(Attacker.ID, WebhookApi.ID, Channel.ATTACK, Protection.TLS);
        sim.world().link(Attacker.ID, WebhookApi.ACCESS_LOG, Channel.ATTACK);
        sim.world().link(Attacker.ID, WebhookApi.KEY_STORE, Channel.ATTACK);
    }
}
