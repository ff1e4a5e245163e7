package dev.trustflow.app.session;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.OptionType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One what-if as the panel shows it: its spec (label, description, type, choices, range) and its current
 * typed value. A control calls {@link #change(Object)}; the session decides whether the value is allowed
 * and re-runs the scenario.
 */
public final class OptionField {

    private final OptionSpec spec;
    private final ReadOnlyObjectWrapper<Object> value;
    private final List<Object> offered;
    private final BiConsumer<OptionField, Object> onChange;

    OptionField(OptionSpec spec, Object value, BiConsumer<OptionField, Object> onChange) {
        this(spec, value, List.of(), onChange);
    }

    /** {@code offered}: the values a lesson offers for this what-if, in order; empty offers what the option allows. */
    OptionField(OptionSpec spec, Object value, List<Object> offered, BiConsumer<OptionField, Object> onChange) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.offered = List.copyOf(offered);
        this.value = new ReadOnlyObjectWrapper<>(this, spec.key(), value);
        this.onChange = onChange;
    }

    public OptionSpec spec() {
        return spec;
    }

    public String key() {
        return spec.key();
    }

    public OptionType type() {
        return spec.type();
    }

    public String label() {
        return spec.label();
    }

    public String description() {
        return spec.description();
    }

    /** For a choice: the values the lesson offers, else all the option allows. */
    public List<String> choices() {
        return offered.isEmpty() ? spec.choices() : offered.stream().map(String::valueOf).toList();
    }

    /**
     * For a duration: the values the lesson offers; else round values around the default, plus the default. The
     * current value is always among them.
     */
    public List<Duration> durationPresets() {
        Object current = value.get();
        if (offered.isEmpty()) {
            return DurationPresets.around((Duration) spec.defaultValue(), current instanceof Duration d ? d : null);
        }
        return withCurrent(offered.stream().map(Duration.class::cast).toList(), current);
    }

    /** For a number: the values the lesson offers (and the current one); empty when any value in range will do. */
    public List<Long> numberChoices() {
        return offered.isEmpty() ? List.of() : withCurrent(offered.stream().map(Long.class::cast).toList(),
                value.get());
    }

    /** The values a lesson offers for this what-if; empty when it offers whatever the option allows. */
    public List<Object> offered() {
        return offered;
    }

    private static <T> List<T> withCurrent(List<T> values, Object current) {
        if (current == null || values.contains(current)) {
            return values;
        }
        List<T> all = new java.util.ArrayList<>(values);
        @SuppressWarnings("unchecked")
        T typed = (T) current;
        all.add(typed);
        return List.copyOf(all);
    }

    /** The value a person picked; ignored if it equals the current one. */
    public void change(Object newValue) {
        if (!Objects.equals(newValue, value.get())) {
            onChange.accept(this, newValue);
        }
    }

    public ReadOnlyObjectProperty<Object> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public Object getValue() {
        return value.get();
    }

    void set(Object newValue) {
        value.set(newValue);
    }
}
