package dev.trustflow.sim.vault;

import java.time.Instant;
import java.util.Objects;

/**
 * A vault lease: what it was issued for, when, until when (moved by renewals, never past its maximum) and how
 * it ended.
 *
 * @param id         the lease id ({@code database/creds/orders-rw/1})
 * @param secret     what the lease covers (the database role it created)
 * @param issued     when it was issued
 * @param expires    when it ends unless renewed
 * @param maxExpires the latest a renewal may move {@code expires} to
 * @param state      active, expired or revoked
 */
public record Lease(String id, String secret, Instant issued, Instant expires, Instant maxExpires, State state) {

    /** How a lease stands. */
    public enum State { ACTIVE, EXPIRED, REVOKED }

    public Lease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(maxExpires, "maxExpires");
        Objects.requireNonNull(state, "state");
    }

    Lease with(Instant newExpires, State newState) {
        return new Lease(id, secret, issued, newExpires, maxExpires, newState);
    }
}
