package dev.trustflow.sim.lesson;

import dev.trustflow.sim.present.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every combination of the values a lesson's what-ifs offer (each what-if key to one of its values), in order:
 * the first what-if varies slowest. A lesson without what-ifs has one combination, the empty one.
 */
final class WhatIfCombinations {

    /** More runs than this for one lesson is refused: the check would take too long. */
    static final int MAX = 256;

    private WhatIfCombinations() {
    }

    static long count(Map<String, List<Object>> offered) {
        long n = 1;
        for (List<Object> values : offered.values()) {
            n *= Math.max(1, values.size());
        }
        return n;
    }

    static List<Map<String, Object>> all(Map<String, List<Object>> offered) {
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> whatIf : offered.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (Object value : whatIf.getValue()) {
                    Map<String, Object> more = new LinkedHashMap<>(partial);
                    more.put(whatIf.getKey(), value);
                    next.add(more);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** A combination as a message names it: {@code access-ttl=5 min, rotation=false}; "the lesson's options" when empty. */
    static String describe(Map<String, Object> combination) {
        return combination.isEmpty() ? "the lesson's options" : combination.entrySet().stream()
                .map(e -> e.getKey() + "=" + say(e.getValue())).collect(Collectors.joining(", "));
    }

    /** A typed option value as a person writes it: a duration compact ({@code 15 min}), the rest as text. */
    static String say(Object value) {
        return value instanceof Duration d ? Durations.human(d) : String.valueOf(value);
    }
}
