package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Wallets;
import java.time.Instant;
import java.util.Collection;

/** What an actor holds: the credentials an attacker who controls it can use. */
@FunctionalInterface
public interface Holdings {

    Collection<Credential> heldBy(String actor);

    /** What each actor's wallet holds that is still valid at {@code at}. */
    static Holdings of(Wallets wallets, Instant at) {
        return actor -> wallets.validHeldBy(actor, at);
    }
}
