package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.world.Credential;

/**
 * What one attack got: through, or stopped by a check at an actor.
 *
 * @param attack    the attack
 * @param succeeded whether the attacker got what it came for
 * @param check     the check that stopped it, or null when it succeeded
 * @param at        the actor whose check stopped it, or null
 * @param gained    what the attacker obtained when it succeeded (the doors it opens), or null
 */
record Outcome(Attack attack, boolean succeeded, String check, String at, Credential gained) {

    static Outcome through(Attack attack, Credential gained) {
        return new Outcome(attack, true, null, null, gained);
    }

    static Outcome stopped(Attack attack, String check, String at) {
        return new Outcome(attack, false, check, at, null);
    }

    /** "succeeded" or "stopped by jwt.aud at gateway". */
    String words() {
        return succeeded ? "succeeded" : "stopped by " + check + " at " + at;
    }
}
