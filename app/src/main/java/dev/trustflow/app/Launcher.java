package dev.trustflow.app;

import javafx.application.Application;

/**
 * Plain entry point: a main class that does not extend Application, so the app also starts from a plain
 * classpath (JavaFX otherwise insists on its module path for an Application main class).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        String missing = missingDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (missing != null) {
            System.err.println(missing);
            System.exit(2);
        }
        NoGpuRendering.apply();
        Application.launch(TrustFlowApp.class, args);
    }

    /**
     * One line saying why a window cannot open, or null when it can: on Linux a window needs an X or Wayland
     * display (headless test runs use Monocle instead). Windows and macOS always have one.
     */
    static String missingDisplay(String os, String display, String wayland, String glassPlatform) {
        boolean linux = os.toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean none = (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
        if (!linux || !none || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        return "TrustFlow needs a display to open its window, and none is set (DISPLAY and WAYLAND_DISPLAY are"
                + " empty); start it from a desktop session, or use the command line without one:"
                + " java -jar simulation/target/trustflow-cli.jar --help";
    }
}
