package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.Credential;

/**
 * One fix of a minimum cut: close the passage, or take away the credential that opened its target to the
 * attacker (either breaks the path).
 *
 * @param passage the passage to close
 * @param opener  the credential the attacker used to enter the passage's target
 */
public record Cut(Passage passage, Credential opener) {

    /** "block orders → orders-db (opened by the orders DB password)". */
    public String words() {
        return "block " + passage.words() + (opener == null ? "" : " (opened by " + opener.label() + ")");
    }
}
