package dev.trustflow.sim.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One what-if a scenario offers.
 *
 * @param key          lower-case id used on the command line ({@code --set pkce=false}) and in lessons
 * @param type         boolean, choice, duration or number
 * @param defaultValue the typed default ({@code Boolean}, {@code String}, {@code Duration} or {@code Long})
 * @param choices      for a choice: the allowed values; otherwise empty
 * @param min          for a number: the smallest allowed value; otherwise 0
 * @param max          for a number: the largest allowed value; otherwise 0
 * @param label        a short name for a toggle ("PKCE")
 * @param description  one line: what changes when you flip it
 */
public record OptionSpec(String key, OptionType type, Object defaultValue, List<String> choices, long min, long max,
                         String label, String description) {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(s|m|min|h|d)");

    public OptionSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }

    public static OptionSpec bool(String key, boolean defaultValue, String label, String description) {
        return new OptionSpec(key, OptionType.BOOLEAN, defaultValue, List.of(), 0, 0, label, description);
    }

    public static OptionSpec choice(String key, String defaultValue, List<String> choices, String label,
                                    String description) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not one of " + choices);
        }
        return new OptionSpec(key, OptionType.CHOICE, defaultValue, choices, 0, 0, label, description);
    }

    public static OptionSpec duration(String key, Duration defaultValue, String label, String description) {
        return new OptionSpec(key, OptionType.DURATION, defaultValue, List.of(), 0, 0, label, description);
    }

    public static OptionSpec number(String key, long defaultValue, long min, long max, String label,
                                    String description) {
        return new OptionSpec(key, OptionType.NUMBER, defaultValue, List.of(), min, max, label, description);
    }

    /** Parses a value typed by a person or read from a file; a bad value says what is allowed. */
    public Object parse(String raw) {
        String value = raw == null ? "" : raw.trim();
        switch (type) {
            case BOOLEAN:
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("yes")) {
                    return Boolean.TRUE;
                }
                if (value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("no")) {
                    return Boolean.FALSE;
                }
                throw bad(raw, "true or false");
            case CHOICE:
                if (choices.contains(value)) {
                    return value;
                }
                throw bad(raw, "one of " + String.join(", ", choices));
            case DURATION:
                return parseDuration(value, raw);
            case NUMBER:
                try {
                    long n = Long.parseLong(value);
                    if (n < min || n > max) {
                        throw bad(raw, "a whole number from " + min + " to " + max);
                    }
                    return n;
                } catch (NumberFormatException e) {
                    throw bad(raw, "a whole number from " + min + " to " + max);
                }
            default:
                throw new IllegalStateException(type.toString());
        }
    }

    /** Checks that an already-typed value (from JSON or YAML) fits; returns it in canonical type. */
    public Object coerce(Object value) {
        if (value == null) {
            throw bad("null", allowed());
        }
        if (type == OptionType.DURATION && value instanceof Duration d) {
            return d;
        }
        if (type == OptionType.NUMBER && value instanceof Number n) {
            return parse(Long.toString(n.longValue()));
        }
        return parse(String.valueOf(value));
    }

    /** The value as JSON shows it: booleans and numbers as themselves, durations as ISO-8601 ({@code PT15M}). */
    public static Object toJson(Object value) {
        return value instanceof Duration d ? d.toString() : value;
    }

    public String allowed() {
        switch (type) {
            case BOOLEAN:
                return "true or false";
            case CHOICE:
                return "one of " + String.join(", ", choices);
            case DURATION:
                return "a duration such as 15m, 1h, 30d or PT15M";
            default:
                return "a whole number from " + min + " to " + max;
        }
    }

    private Duration parseDuration(String value, String raw) {
        Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                case "min":
                    return Duration.ofMinutes(n);
                case "h":
                    return Duration.ofHours(n);
                default:
                    return Duration.ofDays(n);
            }
        }
        try {
            Duration d = Duration.parse(value.toUpperCase(Locale.ROOT));
            if (!d.isNegative()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // fall through to the message below
        }
        throw bad(raw, allowed());
    }

    private OptionException bad(String raw, String allowed) {
        return new OptionException("option '" + key + "': '" + raw + "' is not allowed; expected " + allowed);
    }
}
