package dev.trustflow.sim.engine;

import java.util.Optional;

/**
 * An enforcement point's check on every request that reaches its actor (a gateway's token check, a sidecar's
 * policy, a service's object-level check). It records its real checks through {@link Arrival#check} and returns
 * a refusal to stop the request there, or empty to let it go on.
 */
@FunctionalInterface
public interface Guard {
    Optional<Reply> inspect(Arrival arrival);
}
