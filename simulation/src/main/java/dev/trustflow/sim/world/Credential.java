package dev.trustflow.sim.world;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Something an actor holds that opens a door: a token, a key, a certificate, a secret, a password.
 *
 * @param id       stable id within the run ({@code access-token-1}, {@code db-password})
 * @param kind     what it is
 * @param label    what the screen shows ("Alice's access token")
 * @param opens    the actors it is accepted by (the edges of the world it opens)
 * @param notAfter when it stops being valid on the virtual clock, or null if it does not expire by itself
 */
public record Credential(String id, Kind kind, String label, Set<String> opens, Instant notAfter) {

    /** What a credential is. */
    public enum Kind {
        TOKEN, KEY, CERTIFICATE, SECRET, PASSWORD;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        opens = opens == null ? Set.of() : Set.copyOf(opens);
    }

    public boolean validAt(Instant at) {
        return notAfter == null || !at.isAfter(notAfter);
    }
}
