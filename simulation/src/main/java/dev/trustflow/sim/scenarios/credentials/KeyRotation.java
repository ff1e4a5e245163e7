package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.credentials.WebhookApi.Call;
import dev.trustflow.sim.scenarios.credentials.WebhookApi.Endpoint;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.util.Set;

/**
 * Rotation day in the {@code api-keys} scenario: no rotation, a rotation with a week of overlap (two active
 * keys, then the old one revoked), or a hard cut-over that revokes the old key before the partner has the new
 * one. Afterwards the attacker tries every key it stole.
 */
final class KeyRotation {

    private final Simulation sim;
    private final ApiKeyStore store;
    private final WebhookApi api;
    private final Set<String> scopes;
    private final ApiKeyStore.IssuedKey first;
    private int partnerRefused;

    KeyRotation(Simulation sim, ApiKeyStore store, WebhookApi api, Set<String> scopes, ApiKeyStore.IssuedKey first) {
        this.sim = sim;
        this.store = store;
        this.api = api;
        this.scopes = scopes;
        this.first = first;
    }

    void run(String mode, Set<String> stolen) {
        sim.jump(Duration.ofDays(90), WebhookApi.ID, "Three months later: ShipCo's key is due for rotation.");
        switch (mode) {
            case "none":
                sim.event("rotation.skipped", WebhookApi.ID)
                        .caption("Nobody rotates the key: key-1 stays valid with no end date.").emit();
                sim.tick(Duration.ofMinutes(10));
                partner(first, "ShipCo's server posts a shipment event with key-1, as always.");
                break;
            case "overlap":
                overlap();
                break;
            case "hard-cutover":
                hardCutover();
                break;
            default:
                throw new IllegalArgumentException("unknown rotation " + mode);
        }
        for (String key : stolen) {
            sim.tick(Duration.ofHours(1));
            Call again = api.call(Attacker.ID, ApiKeysScenario.ATTACKER_IP, Endpoint.SHIPMENTS, key,
                    "The attacker tries its stolen key again.", null);
            Attacker.outcome(sim, "reuse-after-rotation", WebhookApi.ID, again.exchange(),
                    "The stolen key still works, months after it leaked.", "That failed");
            if (again.refusedBy(ApiKeyStore.REVOKED)) {
                alert(again, "A revoked key was used: it has leaked, and the attacker is locked out.");
            }
        }
        sim.summary().put("partnerCallsRefusedByRotation", partnerRefused);
    }

    private void overlap() {
        ApiKeyStore.IssuedKey second = store.issue("shipco", scopes, sim.now());
        int issued = KeyHandover.issue(sim, store, second,
                "The API creates key-2 for ShipCo and shows it once; key-1 keeps working meanwhile.");
        sim.tick(Duration.ofMinutes(10));
        partner(first, "ShipCo's server still uses key-1: both keys are active, so it works.");
        sim.tick(Duration.ofHours(1));
        switchKeys(second, issued);
        partner(second, "ShipCo's server posts with key-2.");
        sim.jump(Duration.ofDays(7), WebhookApi.ID, "A week later, nothing has used key-1 for days.");
        KeyHandover.revoke(sim, store, first, "The API revokes key-1; only key-2 is active now.");
    }

    private void hardCutover() {
        ApiKeyStore.IssuedKey second = store.issue("shipco", scopes, sim.now());
        int issued = KeyHandover.issue(sim, store, second, "The API creates key-2 for ShipCo and shows it once.");
        sim.tick(Duration.ofSeconds(5));
        KeyHandover.revoke(sim, store, first, "In the same minute the API revokes key-1: there is no overlap.");
        sim.tick(Duration.ofMinutes(10));
        Call stale = partner(first, "ShipCo's server posts a shipment event with key-1, not knowing it is dead.");
        if (!stale.accepted()) {
            alert(stale, "ShipCo's calls now fail with 401: its shipment updates are lost until it switches.");
        }
        sim.jump(Duration.ofHours(2), ApiKeysScenario.PARTNER, "Two hours later ShipCo's team notices the failures.");
        switchKeys(second, issued);
        partner(second, "ShipCo's server posts with key-2.");
    }

    private void switchKeys(ApiKeyStore.IssuedKey second, int issued) {
        KeyHandover.install(sim, first, second, issued);
        sim.tick(Duration.ofMinutes(1));
    }

    /** An alert by the API, caused by the check that refused {@code call}. */
    private void alert(Call call, String caption) {
        sim.event(EventKinds.ALERT_RAISED, WebhookApi.ID).cause(Refusals.failedSeq(call.exchange()))
                .caption(caption).data(DataKeys.CHECK, call.failure().orElseThrow().check()).emit();
    }

    private Call partner(ApiKeyStore.IssuedKey key, String caption) {
        Call call = api.call(ApiKeysScenario.PARTNER, ApiKeysScenario.PARTNER_IP, Endpoint.SHIPMENTS,
                key.plaintext(), caption, null);
        if (!call.accepted()) {
            partnerRefused++;
        }
        return call;
    }
}
