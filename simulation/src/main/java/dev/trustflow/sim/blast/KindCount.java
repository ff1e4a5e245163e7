package dev.trustflow.sim.blast;

import dev.trustflow.sim.world.ActorKind;
import java.util.Locale;

/**
 * How many actors of one kind the attacker reached, of how many there are: "7 of 12 services".
 *
 * @param kind    the kind counted
 * @param reached how many of them are in the blast radius
 * @param total   how many the world has
 */
public record KindCount(ActorKind kind, int reached, int total) {

    public String words() {
        String noun = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String plural = total == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s";
        return reached + " of " + total + " " + plural;
    }
}
