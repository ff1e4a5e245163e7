package dev.trustflow.sim.engine;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.WalletChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fluent builder for one trace event; {@link #emit()} records it at the current virtual time. Wallet changes
 * ({@link #gives}, {@link #steals}, {@link #revokes}, {@link #rotates}) happen to the world when the event is
 * emitted and are recorded in its {@code data.wallet}.
 */
public final class EventBuilder {
    private final Simulation simulation;
    private final String kind;
    private final String actor;
    private String target;
    private Integer cause;
    private Integer flow;
    private String caption = "";
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();
    private final List<java.util.function.Supplier<List<WalletChange>>> walletOps = new ArrayList<>();

    EventBuilder(Simulation simulation, String kind, String actor) {
        this.simulation = simulation;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    public EventBuilder to(String target) {
        this.target = target;
        return this;
    }

    /** The event that caused this one (its seq); a negative or null value records none. */
    public EventBuilder cause(Integer seq) {
        this.cause = seq == null || seq < 0 ? null : seq;
        return this;
    }

    /** The request/response exchange this event belongs to. */
    public EventBuilder flow(Integer flowId) {
        this.flow = flowId;
        return this;
    }

    public EventBuilder caption(String caption) {
        this.caption = caption;
        return this;
    }

    public EventBuilder data(String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
        return this;
    }

    public EventBuilder data(Map<String, ?> values) {
        values.forEach(this::data);
        return this;
    }

    public EventBuilder artifact(Artifact artifact) {
        artifacts.add(artifact);
        return this;
    }

    public EventBuilder artifacts(List<Artifact> more) {
        artifacts.addAll(more);
        return this;
    }

    /** {@code holder} receives {@code credential}. */
    public EventBuilder gives(String holder, Credential credential) {
        walletOps.add(() -> List.of(simulation.wallets().give(holder, credential)));
        return this;
    }

    /** {@code thief} takes a copy of {@code credentialId} from {@code victim}. */
    public EventBuilder steals(String thief, String victim, String credentialId) {
        walletOps.add(() -> List.of(simulation.wallets().steal(thief, victim, credentialId)));
        return this;
    }

    /** Every holder loses {@code credentialId}. */
    public EventBuilder revokes(String credentialId) {
        walletOps.add(() -> simulation.wallets().revoke(credentialId));
        return this;
    }

    /** {@code holder} swaps {@code oldId} for {@code next}. */
    public EventBuilder rotates(String holder, String oldId, Credential next) {
        walletOps.add(() -> List.of(simulation.wallets().rotate(holder, oldId, next)));
        return this;
    }

    public int emit() {
        List<Map<String, Object>> changes = new ArrayList<>();
        simulation.wallets().expireAt(simulation.now()).forEach(c -> changes.add(c.asData()));
        walletOps.forEach(op -> op.get().forEach(c -> changes.add(c.asData())));
        if (!changes.isEmpty()) {
            data.put(DataKeys.WALLET, changes);
        }
        return simulation.record(kind, actor, target, cause, flow, caption, data, artifacts);
    }
}
