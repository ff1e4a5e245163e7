package dev.trustflow.sim.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings values of a trace's free-form maps to the one shape JSON gives back: whole numbers as {@code Long},
 * other numbers as {@code Double}, maps and lists unmodifiable. A trace therefore equals itself after a trip
 * through JSON, whatever number types the scenario used.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Map<String, Object> normalize(Map<String, ?> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, value(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Object value(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return Collections.unmodifiableMap(out);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(value(x)));
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
