package dev.trustflow.sim.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed values of a scenario's what-ifs for one run: its defaults with any overrides applied. Immutable. */
public final class Options {

    private final List<OptionSpec> specs;
    private final Map<String, Object> values;

    private Options(List<OptionSpec> specs, Map<String, Object> values) {
        this.specs = List.copyOf(specs);
        this.values = Collections.unmodifiableMap(values);
    }

    public static Options defaults(List<OptionSpec> specs) {
        Map<String, Object> values = new LinkedHashMap<>();
        specs.forEach(s -> values.put(s.key(), s.defaultValue()));
        return new Options(specs, values);
    }

    /** Applies {@code key=value} pairs as typed by a person ({@code --set pkce=false}). */
    public Options withRaw(Map<String, String> raw) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        raw.forEach((k, v) -> next.put(k, spec(k).parse(v)));
        return new Options(specs, next);
    }

    /** Applies already-typed values (from a trace's or a lesson's options). */
    public Options with(Map<String, ?> typed) {
        Map<String, Object> next = new LinkedHashMap<>(values);
        typed.forEach((k, v) -> next.put(k, spec(k).coerce(v)));
        return new Options(specs, next);
    }

    public Options with(String key, Object value) {
        return with(Map.of(key, value));
    }

    public OptionSpec spec(String key) {
        return specs.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new OptionException(
                "unknown option '" + key + "'; this scenario has " + (specs.isEmpty() ? "no options"
                        : String.join(", ", specs.stream().map(OptionSpec::key).toList()))));
    }

    public List<OptionSpec> specs() {
        return specs;
    }

    public boolean flag(String key) {
        return (Boolean) get(key, OptionType.BOOLEAN);
    }

    public String choice(String key) {
        return (String) get(key, OptionType.CHOICE);
    }

    public Duration duration(String key) {
        return (Duration) get(key, OptionType.DURATION);
    }

    public long number(String key) {
        return (Long) get(key, OptionType.NUMBER);
    }

    /** The values as the trace's JSON shows them (durations as ISO-8601 text). */
    public Map<String, Object> asJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, OptionSpec.toJson(v)));
        return out;
    }

    private Object get(String key, OptionType type) {
        OptionSpec spec = spec(key);
        if (spec.type() != type) {
            throw new IllegalStateException("option " + key + " is a " + spec.type() + ", not a " + type);
        }
        return values.get(key);
    }

    @Override
    public String toString() {
        return asJson().toString();
    }
}
