package dev.trustflow.app.compare;

import dev.trustflow.app.session.DurationPresets;
import dev.trustflow.app.session.OptionText;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.OptionType;
import dev.trustflow.sim.scenario.Options;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which what-if to compare and which values to offer: a switch or a choice first, the current value on the
 * left and, on the right, the opposite of a switch or the first other choice. Pure functions.
 */
public final class CompareChoices {

    private CompareChoices() {
    }

    /** The first switch or choice of the scenario, else its first what-if; empty when it has none. */
    public static Optional<String> defaultKey(Options options) {
        return options.specs().stream()
                .filter(s -> s.type() == OptionType.BOOLEAN || s.type() == OptionType.CHOICE)
                .findFirst().or(() -> options.specs().stream().findFirst())
                .map(OptionSpec::key);
    }

    /** The current typed value of {@code key}. */
    public static Object current(Options options, String key) {
        switch (options.spec(key).type()) {
            case BOOLEAN:
                return options.flag(key);
            case CHOICE:
                return options.choice(key);
            case DURATION:
                return options.duration(key);
            default:
                return options.number(key);
        }
    }

    /** The values a person may pick for {@code spec}, including {@code current}. */
    public static List<Object> values(OptionSpec spec, Object current) {
        switch (spec.type()) {
            case BOOLEAN:
                return List.of(Boolean.TRUE, Boolean.FALSE);
            case CHOICE:
                return List.copyOf(spec.choices());
            case DURATION:
                return List.copyOf(DurationPresets.around((Duration) spec.defaultValue(),
                        current instanceof Duration d ? d : null));
            default:
                TreeSet<Long> numbers = new TreeSet<>(List.of(spec.min(), (Long) spec.defaultValue(), spec.max()));
                if (current instanceof Long n) {
                    numbers.add(n);
                }
                return List.copyOf(numbers);
        }
    }

    /**
     * The value to set against {@code current}: the opposite switch, the first other choice, or for a duration
     * or a number the next larger value offered (the next smaller one when current is the largest).
     */
    public static Object other(OptionSpec spec, Object current) {
        if (spec.type() == OptionType.BOOLEAN) {
            return !Boolean.TRUE.equals(current);
        }
        List<Object> values = values(spec, current);
        if (spec.type() == OptionType.CHOICE) {
            return values.stream().filter(v -> !Objects.equals(v, current)).findFirst().orElse(current);
        }
        int at = values.indexOf(current);
        if (at >= 0 && at + 1 < values.size()) {
            return values.get(at + 1);
        }
        return at > 0 ? values.get(at - 1) : current;
    }

    /** {@code on}/{@code off} for a switch, {@code 15 min} for a duration, the value itself otherwise. */
    public static String text(OptionSpec spec, Object value) {
        return spec.type() == OptionType.BOOLEAN ? OptionText.of(Boolean.TRUE.equals(value)) : OptionText.of(value);
    }

    /** A side's heading: {@code PKCE: on}. */
    public static String heading(OptionSpec spec, Object value) {
        return spec.label() + ": " + text(spec, value);
    }
}
