package dev.trustflow.sim.blast;

import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.WalletChange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every actor held at one step of a recorded run, rebuilt from the trace alone: the {@code data.wallet}
 * changes of the events up to and including that step replayed in order (issued and stolen add, rotated swaps the
 * credential it {@code replaces}, expired and revoked take away). {@link #heldBy} gives what is still valid at the
 * step's virtual time, so a token whose {@code notAfter} has passed opens nothing even where no event recorded it
 * as expired yet.
 */
public final class TraceHoldings implements Holdings {

    private final Map<String, Map<String, Credential>> byHolder;
    private final Instant at;
    private final boolean recordsWallets;

    private TraceHoldings(Map<String, Map<String, Credential>> byHolder, Instant at, boolean recordsWallets) {
        this.byHolder = byHolder;
        this.at = at;
        this.recordsWallets = recordsWallets;
    }

    /** The wallets as they were once event {@code step} of {@code trace} had happened. */
    public static TraceHoldings at(Trace trace, int step) {
        if (step < 0 || step >= trace.size()) {
            throw new IllegalArgumentException("step " + step + " is not an event of " + trace.scenario()
                    + " (it has " + trace.size() + ")");
        }
        Map<String, Map<String, Credential>> byHolder = new LinkedHashMap<>();
        for (int i = 0; i <= step; i++) {
            TraceEvent e = trace.event(i);
            Object changes = e.data().get(DataKeys.WALLET);
            if (changes instanceof List<?> list) {
                for (Object change : list) {
                    apply(byHolder, e, change);
                }
            }
        }
        boolean recordsWallets = trace.events().stream().anyMatch(e -> e.data().get(DataKeys.WALLET) != null);
        return new TraceHoldings(byHolder, trace.event(step).at(), recordsWallets);
    }

    private static void apply(Map<String, Map<String, Credential>> byHolder, TraceEvent e, Object change) {
        if (!(change instanceof Map<?, ?> c)) {
            throw wrong(e, "a wallet change is not an object");
        }
        String op = text(e, c, "op");
        Map<String, Credential> held = byHolder.computeIfAbsent(text(e, c, "holder"), h -> new LinkedHashMap<>());
        switch (op) {
            case WalletChange.ISSUED, WalletChange.STOLEN -> put(held, credential(e, c));
            case WalletChange.ROTATED -> {
                if (c.get("replaces") instanceof String old) {
                    held.remove(old);
                }
                put(held, credential(e, c));
            }
            case WalletChange.EXPIRED, WalletChange.REVOKED -> held.remove(text(e, c, "id"));
            default -> throw wrong(e, "unknown wallet change '" + op + "'");
        }
    }

    private static void put(Map<String, Credential> held, Credential credential) {
        held.put(credential.id(), credential);
    }

    private static Credential credential(TraceEvent e, Map<?, ?> c) {
        String kind = text(e, c, "kind");
        Credential.Kind k;
        try {
            k = Credential.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw wrong(e, "unknown credential kind '" + kind + "'");
        }
        Set<String> opens = new LinkedHashSet<>();
        if (c.get("opens") instanceof List<?> targets) {
            targets.forEach(t -> opens.add(String.valueOf(t)));
        }
        Instant notAfter = null;
        if (c.get("notAfter") instanceof String time) {
            try {
                notAfter = Instant.parse(time);
            } catch (DateTimeParseException ex) {
                throw wrong(e, "notAfter '" + time + "' is not an instant");
            }
        }
        return new Credential(text(e, c, "id"), k, text(e, c, "label"), opens, notAfter);
    }

    private static String text(TraceEvent e, Map<?, ?> c, String key) {
        if (c.get(key) instanceof String s) {
            return s;
        }
        throw wrong(e, "a wallet change has no " + key);
    }

    private static IllegalArgumentException wrong(TraceEvent e, String what) {
        return new IllegalArgumentException("event " + e.seq() + " (" + e.kind() + "): " + what);
    }

    /** The step's virtual time: what is valid is decided at this instant. */
    public Instant at() {
        return at;
    }

    /**
     * Whether the run records wallets at all (at any step): a scenario that never gives an actor a credential
     * has nothing a breach could use, which is not the same as an actor holding nothing yet.
     */
    public boolean recordsWallets() {
        return recordsWallets;
    }

    /** What {@code actor} held at the step that is still valid then, in the order received. */
    @Override
    public Collection<Credential> heldBy(String actor) {
        return byHolder.getOrDefault(actor, Map.of()).values().stream().filter(c -> c.validAt(at)).toList();
    }
}
