package dev.trustflow.sim.lesson;

import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.present.ClockTimes;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue's text with placeholders filled from the event the cue is bound to, so it reads right under every
 * what-if (lessons/README.md, "Placeholders"):
 * <ul>
 *   <li>{@code {time}}: the event's time on the virtual clock ({@code 09:15}, by {@link ClockTimes});</li>
 *   <li>{@code {data.KEY}}: a fact of the event ({@code {data.status}}, {@code {data.reason}}); an ISO-8601
 *       duration reads as words ({@code 15 minutes}), an instant as a time of day;</li>
 *   <li>{@code {claim.NAME}}: a claim of the first JWT the event carries; {@code exp}, {@code iat},
 *       {@code nbf} and {@code auth_time} read as a time of day;</li>
 *   <li>{@code {lifetime}}: that JWT's {@code exp - iat}, as words ({@code 15 minutes}, by {@link Durations});</li>
 *   <li>{@code {option.KEY}}: the run's value of a scenario option, a duration as words, a switch as on/off.</li>
 * </ul>
 * Only a brace around a name is a placeholder ({@code {time}}); other braces are text ({@code /albums/{id}} is
 * not in a cue's text, but would be an unknown placeholder, so write it in code: {@code `/albums/:id`}).
 */
public final class CueText {

    /** A placeholder: a name of lower-case words joined by '.', '-' or '_' between braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*)\\}");
    static final List<String> KNOWN = List.of("{time}", "{lifetime}", "{data.KEY}", "{claim.NAME}", "{option.KEY}");
    private static final Set<String> TIME_CLAIMS = Set.of("exp", "iat", "nbf", "auth_time");

    /** The text with every placeholder filled, or the reasons some could not be (then {@code text} is null). */
    public record Filled(String text, List<String> problems) {
        public Filled {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CueText() {
    }

    /** The placeholder names in {@code text} ({@code time}, {@code data.status}), in order. */
    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * What is wrong with the placeholders of {@code text} before any run: a name that is none of {@link #KNOWN},
     * or an option the scenario does not have ({@code optionKeys} null: the scenario is unknown, not checked).
     */
    static List<String> problemsIn(String text, Collection<String> optionKeys) {
        List<String> problems = new ArrayList<>();
        for (String name : placeholders(text)) {
            if (name.startsWith("option.")) {
                String key = name.substring("option.".length());
                if (optionKeys != null && !optionKeys.contains(key)) {
                    problems.add("placeholder {" + name + "}: the scenario has no option '" + key + "'"
                            + Suggestions.didYouMean(key, optionKeys)
                            + (optionKeys.isEmpty() ? " (it has no options)" : " (options: "
                            + String.join(", ", optionKeys) + ")"));
                }
            } else if (!name.equals("time") && !name.equals("lifetime") && !name.startsWith("data.")
                    && !name.startsWith("claim.")) {
                problems.add("unknown placeholder {" + name + "}" + Suggestions.didYouMean(name,
                        List.of("time", "lifetime")) + " (placeholders: " + String.join(", ", KNOWN) + ")");
            }
        }
        return problems;
    }

    /**
     * Fills the placeholders of {@code text} from event {@code e} of a run with {@code runOptions} (as the
     * trace's JSON shows them).
     */
    public static Filled fill(String text, TraceEvent e, Map<String, ?> runOptions) {
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            Optional<String> value;
            try {
                value = Optional.of(value(name, e, runOptions));
            } catch (Unfillable u) {
                problems.add("placeholder {" + name + "} cannot be filled: " + u.getMessage());
                value = Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.orElse(m.group())));
        }
        m.appendTail(out);
        return new Filled(problems.isEmpty() ? out.toString() : null, problems);
    }

    /** {@link #fill}, leaving a placeholder that cannot be filled as written (for a screen, never for a check). */
    public static String fillOrKeep(String text, TraceEvent e, Map<String, ?> runOptions) {
        Filled filled = fill(text, e, runOptions);
        if (filled.ok()) {
            return filled.text();
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String value;
            try {
                value = value(m.group(1), e, runOptions);
            } catch (Unfillable u) {
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String value(String name, TraceEvent e, Map<String, ?> runOptions) {
        if (name.equals("time")) {
            return ClockTimes.of(e.at());
        }
        if (name.equals("lifetime")) {
            DecodedJwt jwt = jwt(e);
            long exp = epochClaim(jwt, "exp", e);
            long iat = epochClaim(jwt, "iat", e);
            return Durations.spoken(Duration.ofSeconds(exp - iat));
        }
        if (name.startsWith("data.")) {
            String key = name.substring("data.".length());
            Object v = e.data().get(key);
            if (v == null) {
                throw new Unfillable(describe(e) + " has no data '" + key + "' (it has: "
                        + (e.data().isEmpty() ? "none" : String.join(", ", e.data().keySet())) + ")");
            }
            return readable(v);
        }
        if (name.startsWith("claim.")) {
            String claim = name.substring("claim.".length());
            DecodedJwt jwt = jwt(e);
            Object v = jwt.claims().get(claim);
            if (v == null) {
                throw new Unfillable("the JWT of " + describe(e) + " has no claim '" + claim + "' (it has: "
                        + String.join(", ", jwt.claims().keySet()) + ")");
            }
            return TIME_CLAIMS.contains(claim) ? ClockTimes.of(Instant.ofEpochSecond(epochClaim(jwt, claim, e)))
                    : readable(v);
        }
        if (name.startsWith("option.")) {
            String key = name.substring("option.".length());
            Object v = runOptions.get(key);
            if (v == null) {
                throw new Unfillable("the run has no option '" + key + "'");
            }
            if (v instanceof Boolean b) {
                return b ? "on" : "off";
            }
            return readable(v);
        }
        throw new Unfillable("unknown placeholder (placeholders: " + String.join(", ", KNOWN) + ")");
    }

    /** A value as a sentence says it: a duration in words, an instant as a time of day, a list joined. */
    private static String readable(Object v) {
        if (v instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(CueText::readable).toList());
        }
        String s = String.valueOf(v);
        if (v instanceof String && s.startsWith("P")) {
            try {
                return Durations.spoken(Duration.parse(s));
            } catch (DateTimeParseException notADuration) {
                return s;
            }
        }
        if (v instanceof String && s.length() >= 20 && Character.isDigit(s.charAt(0)) && s.endsWith("Z")) {
            try {
                return ClockTimes.of(Instant.parse(s));
            } catch (DateTimeParseException notAnInstant) {
                return s;
            }
        }
        return s;
    }

    private static DecodedJwt jwt(TraceEvent e) {
        for (Artifact a : e.artifacts()) {
            if (Artifact.JWT.equals(a.type())) {
                try {
                    return JwtDecoder.decode(a.text());
                } catch (JwtDecodeException ex) {
                    throw new Unfillable("the " + a.label() + " of " + describe(e) + " is not a readable JWT");
                }
            }
        }
        throw new Unfillable(describe(e) + " carries no JWT (artifacts: " + (e.artifacts().isEmpty() ? "none"
                : String.join(", ", e.artifacts().stream().map(Artifact::label).toList())) + ")");
    }

    private static long epochClaim(DecodedJwt jwt, String claim, TraceEvent e) {
        Object v = jwt.claims().get(claim);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant().getEpochSecond();
        }
        throw new Unfillable("the JWT of " + describe(e) + " has no numeric '" + claim + "' claim");
    }

    static String describe(TraceEvent e) {
        return "event #" + e.seq() + " (" + e.kind() + " by " + e.actor() + ")";
    }

    /** Why a placeholder has no value at this event. */
    private static final class Unfillable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unfillable(String message) {
            super(message, null, false, false);
        }
    }
}
