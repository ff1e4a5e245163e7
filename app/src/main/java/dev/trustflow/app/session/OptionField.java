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
    private final BiConsumer<OptionField, Object> onChange;

    OptionField(OptionSpec spec, Object value, BiConsumer<OptionField, Object> onChange) {
        this.spec = Objects.requireNonNull(spec, "spec");
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

    /** For a choice: the allowed values. */
    public List<String> choices() {
        return spec.choices();
    }

    /** For a duration: round values around the default, plus the default and the current value. */
    public List<Duration> durationPresets() {
        Object current = value.get();
        return DurationPresets.around((Duration) spec.defaultValue(), current instanceof Duration d ? d : null);
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
