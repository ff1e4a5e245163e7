package dev.trustflow.sim.scenarios.capstone;

import dev.trustflow.sim.scenario.Options;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The fixes turned on for one run. */
record Fixes(Set<Fix> on) {

    Fixes {
        on = on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
    }

    static Fixes of(Collection<Fix> on) {
        return new Fixes(Set.copyOf(on));
    }

    static Fixes from(Options options) {
        return of(Fix.all().stream().filter(f -> options.flag(f.option())).toList());
    }

    boolean has(Fix fix) {
        return on.contains(fix);
    }

    /** The fixes on, in the what-ifs' order. */
    List<Fix> list() {
        return Fix.all().stream().filter(on::contains).toList();
    }

    /** "caller identity, replay defence"; "none" when no fix is on. */
    String words() {
        return on.isEmpty() ? "none" : list().stream().map(f -> f.label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
