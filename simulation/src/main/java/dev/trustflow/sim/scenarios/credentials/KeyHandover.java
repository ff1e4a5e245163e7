package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/** Records a key being issued: shown once to the partner, then stored as the store's mode keeps it. */
final class KeyHandover {

    private KeyHandover() {
    }

    static void issue(Simulation sim, ApiKeyStore store, ApiKeyStore.IssuedKey key, String caption) {
        sim.event(EventKinds.KEY_CREATED, WebhookApi.ID).to(ApiKeysScenario.PARTNER).caption(caption)
                .data("keyId", key.id())
                .artifact(Artifact.text("API key " + key.id() + " (shown once)", key.plaintext())).emit();
        sim.tick(Duration.ofMillis(50));
        sim.event("key.stored", WebhookApi.ID).to(WebhookApi.KEY_STORE)
                .caption(store.storage() == ApiKeyStore.Storage.HASHED
                        ? "The key store keeps only the SHA-256 hash of " + key.id() + "."
                        : "The key store keeps " + key.id() + " itself, in plaintext.")
                .data("keyId", key.id()).data("storage", store.storage().name().toLowerCase(java.util.Locale.ROOT))
                .artifact(Artifact.text("key store table", store.dump())).emit();
    }

    static void revoke(Simulation sim, ApiKeyStore store, ApiKeyStore.IssuedKey key, String caption) {
        store.revoke(key.id(), sim.now());
        sim.event("key.revoked", WebhookApi.ID).to(WebhookApi.KEY_STORE).caption(caption)
                .data("keyId", key.id()).artifact(Artifact.text("key store table", store.dump())).emit();
    }
}
