package dev.trustflow.sim.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every actor of a run holds, as world state on the virtual clock. Every change returns the
 * {@link WalletChange} the trace records; expiry is noticed by {@link #expireAt(Instant)} as time passes.
 * Revoking a credential takes it from every holder (the issuer no longer accepts it).
 */
public final class Wallets {

    private final Map<String, Map<String, Credential>> byHolder = new LinkedHashMap<>();
    private final Set<String> expired = new LinkedHashSet<>();

    public WalletChange give(String holder, Credential credential) {
        byHolder.computeIfAbsent(holder, h -> new LinkedHashMap<>()).put(credential.id(), credential);
        return new WalletChange(WalletChange.ISSUED, holder, credential);
    }

    /** {@code thief} now holds a copy of {@code credentialId}; the victim keeps it too. */
    public WalletChange steal(String thief, String victim, String credentialId) {
        Credential c = require(victim, credentialId);
        byHolder.computeIfAbsent(thief, h -> new LinkedHashMap<>()).put(c.id(), c);
        return new WalletChange(WalletChange.STOLEN, thief, c);
    }

    /** Every holder loses {@code credentialId}; one change per holder that had it. */
    public List<WalletChange> revoke(String credentialId) {
        List<WalletChange> changes = new ArrayList<>();
        byHolder.forEach((holder, held) -> {
            Credential c = held.remove(credentialId);
            if (c != null) {
                changes.add(new WalletChange(WalletChange.REVOKED, holder, c));
            }
        });
        return changes;
    }

    /** {@code holder} swaps {@code oldId} for {@code next} (a rotated refresh token, a renewed certificate). */
    public WalletChange rotate(String holder, String oldId, Credential next) {
        Map<String, Credential> held = byHolder.computeIfAbsent(holder, h -> new LinkedHashMap<>());
        held.remove(oldId);
        held.put(next.id(), next);
        return new WalletChange(WalletChange.ROTATED, holder, next, oldId);
    }

    /** The credentials that have run out by {@code now} and were not reported yet, one change per holder. */
    public List<WalletChange> expireAt(Instant now) {
        List<WalletChange> changes = new ArrayList<>();
        byHolder.forEach((holder, held) -> held.values().forEach(c -> {
            if (!c.validAt(now) && expired.add(holder + "\u0000" + c.id())) {
                changes.add(new WalletChange(WalletChange.EXPIRED, holder, c));
            }
        }));
        return changes;
    }

    /** What {@code holder} holds that is still valid at {@code at}. */
    public List<Credential> validHeldBy(String holder, Instant at) {
        return byHolder.getOrDefault(holder, Map.of()).values().stream().filter(c -> c.validAt(at)).toList();
    }

    public boolean holds(String holder, String credentialId) {
        return byHolder.getOrDefault(holder, Map.of()).containsKey(credentialId);
    }

    private Credential require(String holder, String credentialId) {
        Credential c = byHolder.getOrDefault(holder, Map.of()).get(credentialId);
        if (c == null) {
            throw new IllegalStateException(holder + " holds no credential '" + credentialId + "'");
        }
        return c;
    }
}
