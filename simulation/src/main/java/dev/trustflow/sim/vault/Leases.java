package dev.trustflow.sim.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vault's lease table on the virtual clock: issue with a TTL and a maximum TTL, renew by an increment (capped
 * at the maximum, refused once ended), revoke, and find the leases whose time ran out.
 */
public final class Leases {

    private final Map<String, Lease> leases = new LinkedHashMap<>();

    public Lease issue(String id, String secret, Instant at, Duration ttl, Duration maxTtl) {
        if (leases.containsKey(id)) {
            throw new IllegalArgumentException("lease " + id + " already exists");
        }
        Lease lease = new Lease(id, secret, at, at.plus(ttl), at.plus(maxTtl), Lease.State.ACTIVE);
        leases.put(id, lease);
        return lease;
    }

    /** Renews an active, unexpired lease to {@code at + increment}, capped at its maximum; empty otherwise. */
    public Optional<Lease> renew(String id, Instant at, Duration increment) {
        Lease lease = leases.get(id);
        if (lease == null || lease.state() != Lease.State.ACTIVE || at.isAfter(lease.expires())) {
            return Optional.empty();
        }
        Instant wanted = at.plus(increment);
        Lease renewed = lease.with(wanted.isAfter(lease.maxExpires()) ? lease.maxExpires() : wanted,
                Lease.State.ACTIVE);
        leases.put(id, renewed);
        return Optional.of(renewed);
    }

    /** Ends an active lease now; empty when it had already ended. */
    public Optional<Lease> revoke(String id) {
        Lease lease = leases.get(id);
        if (lease == null || lease.state() != Lease.State.ACTIVE) {
            return Optional.empty();
        }
        Lease revoked = lease.with(lease.expires(), Lease.State.REVOKED);
        leases.put(id, revoked);
        return Optional.of(revoked);
    }

    /** Marks every active lease whose {@code expires} is before {@code at} as expired, and returns them. */
    public List<Lease> expire(Instant at) {
        List<Lease> ended = new ArrayList<>();
        for (Lease lease : List.copyOf(leases.values())) {
            if (lease.state() == Lease.State.ACTIVE && at.isAfter(lease.expires())) {
                Lease expired = lease.with(lease.expires(), Lease.State.EXPIRED);
                leases.put(lease.id(), expired);
                ended.add(expired);
            }
        }
        return ended;
    }

    public Optional<Lease> find(String id) {
        return Optional.ofNullable(leases.get(id));
    }
}
