package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.ApiKeyStore;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.util.Locale;
import java.util.Set;

/**
 * A key's life in the {@code api-keys} scenario as the partner's wallet sees it: issued (shown once to the
 * partner, then stored as the store's mode keeps it), installed in place of the old one, revoked.
 */
final class KeyHandover {

    private KeyHandover() {
    }

    /** The wallet entry for {@code key}: it opens the webhook API and does not expire by itself. */
    static Credential credential(ApiKeyStore.IssuedKey key) {
        return new Credential(key.id(), Credential.Kind.KEY, "ShipCo's API key " + key.id(), Set.of(WebhookApi.ID),
                null);
    }

    /** Issues {@code key} to the partner; returns the seq of the {@code key.created} event. */
    static int issue(Simulation sim, ApiKeyStore store, ApiKeyStore.IssuedKey key, String caption) {
        int created = sim.event(EventKinds.KEY_CREATED, WebhookApi.ID).to(ApiKeysScenario.PARTNER).caption(caption)
                .data("keyId", key.id())
                .artifact(Artifact.text("API key " + key.id() + " (shown once)", key.plaintext()))
                .gives(ApiKeysScenario.PARTNER, credential(key))
                .emit();
        sim.event("key.stored", WebhookApi.ID).to(WebhookApi.KEY_STORE).cause(created)
                .caption(store.storage() == ApiKeyStore.Storage.HASHED
                        ? "The key store keeps only the SHA-256 hash of " + key.id() + "."
                        : "The key store keeps " + key.id() + " itself, in plaintext.")
                .data("keyId", key.id()).data("storage", store.storage().name().toLowerCase(Locale.ROOT))
                .artifact(Artifact.text("key store table", store.dump())).emit();
        return created;
    }

    /** The partner installs {@code next} on its server in place of {@code old}. */
    static void install(Simulation sim, ApiKeyStore.IssuedKey old, ApiKeyStore.IssuedKey next, int issued) {
        sim.event("config.changed", ApiKeysScenario.PARTNER).cause(issued)
                .caption("ShipCo installs " + next.id() + " on its server.")
                .rotates(ApiKeysScenario.PARTNER, old.id(), credential(next)).emit();
    }

    /** Revokes {@code key}: whoever still holds it (the partner, a thief) loses it. */
    static void revoke(Simulation sim, ApiKeyStore store, ApiKeyStore.IssuedKey key, String caption) {
        store.revoke(key.id(), sim.now());
        sim.event("key.revoked", WebhookApi.ID).to(WebhookApi.KEY_STORE).caption(caption)
                .data("keyId", key.id()).artifact(Artifact.text("key store table", store.dump()))
                .revokes(key.id()).emit();
    }
}
