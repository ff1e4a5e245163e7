package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order and names of a world's zones, which the stage draws as lanes left to right: zones with well-known
 * names go from the outside in (internet, then edge/DMZ, then internal, then data); other zones follow in the
 * order their first actor was declared. Pure: no JavaFX.
 */
final class Zones {

    private static final List<List<String>> KNOWN_ZONES = List.of(
            List.of("internet", "outside", "public", "user", "users", "client", "clients", "device", "attacker"),
            List.of("dmz", "edge", "perimeter", "gateway"),
            List.of("internal", "private", "backend", "services", "service", "mesh", "cluster", "corporate", "identity"),
            List.of("data", "database", "vault", "secrets", "restricted"));

    private Zones() {
    }

    /** Zones left to right. */
    static List<String> zoneOrder(Topology topology) {
        List<String> seen = new ArrayList<>();
        topology.actors().forEach(a -> {
            if (!seen.contains(a.zone())) {
                seen.add(a.zone());
            }
        });
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingInt((String z) -> rank(z)).thenComparingInt(seen::indexOf));
        return sorted;
    }

    /** Known zones rank 0..3 from the outside in; unknown zones come after them. */
    static int rank(String zone) {
        String z = zone.toLowerCase(Locale.ROOT);
        for (int i = 0; i < KNOWN_ZONES.size(); i++) {
            if (KNOWN_ZONES.get(i).contains(z)) {
                return i;
            }
        }
        return KNOWN_ZONES.size();
    }

    /** {@code dmz} -> {@code DMZ}, {@code internal-network} -> {@code Internal network}. */
    static String zoneLabel(String zone) {
        if (zone.equalsIgnoreCase("dmz")) {
            return "DMZ";
        }
        String words = zone.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? zone : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

}
