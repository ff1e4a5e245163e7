package dev.trustflow.app.probe;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The one call site the application needs: {@code Probes.install(primaryStage, ready)} in {@code start()}, before
 * or after {@code show()}. Reads {@code -Dtrustflow.probe} (a comma-separated list of {@code startup},
 * {@code frames}); with the property unset it does nothing.
 */
public final class Probes {

    /** Which probes to run: {@code startup}, {@code frames}, or both separated by a comma. */
    public static final String PROPERTY = "trustflow.probe";
    /** {@code true}: exit the JVM once the probes have printed (benchmarks and CDS/AOT training runs). */
    public static final String EXIT_PROPERTY = "trustflow.probe.exit";

    private Probes() {
    }

    /**
     * Arms the requested probes on the primary stage (before or after it is shown); {@code ready} completes when
     * the app's main window is built (the startup probe reports both moments; the frame probe starts then).
     */
    public static void install(Stage stage, CompletionStage<?> ready) {
        Set<String> wanted = requested();
        if (wanted.isEmpty()) {
            return;
        }
        boolean exit = Boolean.getBoolean(EXIT_PROPERTY);
        boolean frames = wanted.contains("frames");
        if (wanted.contains("startup")) {
            StartupProbe.install(stage, ready, "trustflow", exit && !frames);
        }
        if (frames) {
            ready.thenRun(() -> Platform.runLater(() -> FrameProbe.install(stage, exit)));
        }
    }

    static Set<String> requested() {
        String raw = System.getProperty(PROPERTY, "");
        Set<String> names = Arrays.stream(raw.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        for (String name : names) {
            if (!name.equals("startup") && !name.equals("frames")) {
                System.err.println("probe: ignoring unknown -D" + PROPERTY + " value '" + name
                        + "' (allowed: startup, frames)");
            }
        }
        names.retainAll(Set.of("startup", "frames"));
        return names;
    }
}
