package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;

/**
 * One actor in the blast radius, in the order the attacker reached it.
 *
 * @param actor  the actor reached
 * @param via    the passage it was reached over; null for an actor compromised at the start
 * @param opener the credential the target accepted; null for an actor compromised at the start
 */
public record Reached(String actor, Passage via, Credential opener) {

    public boolean isEntry() {
        return via == null;
    }
}
