package dev.trustflow.app.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A request, from system properties, to picture the window and quit: {@code -Dtrustflow.snapshot=FILE.png}
 * with optional {@code -Dtrustflow.scenario=ID} (open it), {@code -Dtrustflow.step=N} (show event N, from 0)
 * with {@code -Dtrustflow.options=key=value,key=value} (its what-ifs), {@code -Dtrustflow.theme=light|dark|projector}
 * and {@code -Dtrustflow.size=1920x1080} (the window's size), {@code -Dtrustflow.presenter=true} (presenter mode,
 * in the window at that size rather than full screen); {@code -Dtrustflow.compare=KEY} opens the side-by-side
 * comparison of that what-if ({@code default}: the scenario's first switch) and moves its steps instead;
 * {@code -Dtrustflow.breach=ACTOR} breaches that actor at the step ("Breach here") before the picture;
 * {@code -Dtrustflow.changes=key=value,key=value} then changes those what-ifs one after the other, as a student
 * would (each a re-run), so the picture shows "Your changes, in order".
 */
public record SnapshotRequest(Path file, Optional<String> scenario, Map<String, String> options, int step,
                              Optional<String> theme, Optional<Size> size, boolean presenter,
                              Optional<String> compare, Optional<String> breach, Map<String, String> changes) {

    /** A window size in pixels. */
    public record Size(int width, int height) {
        static Size parse(String text) {
            String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                if (parts.length == 2) {
                    return new Size(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("trustflow.size: '" + text + "' is not WIDTHxHEIGHT such as 1920x1080");
        }
    }

    public SnapshotRequest {
        options = Map.copyOf(options);
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public static Optional<SnapshotRequest> from(Properties properties) {
        String file = properties.getProperty("trustflow.snapshot");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        String step = properties.getProperty("trustflow.step", "-1").strip();
        int n;
        try {
            n = Integer.parseInt(step);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trustflow.step: '" + step + "' is not a whole number");
        }
        return Optional.of(new SnapshotRequest(Path.of(file), optional(properties, "trustflow.scenario"),
                options(properties.getProperty("trustflow.options", "")), n, optional(properties, "trustflow.theme"),
                optional(properties, "trustflow.size").map(Size::parse),
                Boolean.parseBoolean(properties.getProperty("trustflow.presenter", "false").strip()),
                optional(properties, "trustflow.compare"), optional(properties, "trustflow.breach"),
                options(properties.getProperty("trustflow.changes", ""))));
    }

    static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("trustflow.options: '" + pair.strip() + "' is not key=value");
            }
            options.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return options;
    }

    private static Optional<String> optional(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
