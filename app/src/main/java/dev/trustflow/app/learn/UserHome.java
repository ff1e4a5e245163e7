package dev.trustflow.app.learn;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The user's TrustFlow config folder and the files in it. By default the platform's place (Linux
 * {@code $XDG_CONFIG_HOME/trustflow} or {@code ~/.config/trustflow}, macOS
 * {@code ~/Library/Application Support/TrustFlow}, Windows {@code %APPDATA%\TrustFlow}); the system
 * property {@value #PROPERTY} overrides it (tests, portable installs).
 */
public record UserHome(Path root) {

    public static final String PROPERTY = "trustflow.home";

    public UserHome {
        Objects.requireNonNull(root, "root");
    }

    /** From this JVM's system properties and environment. */
    public static UserHome current() {
        return resolve(System.getProperties(), System.getenv());
    }

    /** From given properties ({@value #PROPERTY}, os.name, user.home) and environment variables. */
    public static UserHome resolve(Properties properties, Map<String, String> env) {
        String override = properties.getProperty(PROPERTY, "").strip();
        if (!override.isEmpty()) {
            return new UserHome(Path.of(override).toAbsolutePath());
        }
        Path home = Path.of(properties.getProperty("user.home", "."));
        String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("APPDATA", "").strip();
            Path base = appData.isEmpty() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return new UserHome(base.resolve("TrustFlow"));
        }
        if (os.startsWith("mac")) {
            return new UserHome(home.resolve("Library").resolve("Application Support").resolve("TrustFlow"));
        }
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "").strip();
        Path base = xdg.isEmpty() || !Path.of(xdg).isAbsolute() ? home.resolve(".config") : Path.of(xdg);
        return new UserHome(base.resolve("trustflow"));
    }

    /** Where the user's own lessons go. */
    public Path lessons() {
        return root.resolve("lessons");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path progressFile() {
        return root.resolve("progress.json");
    }
}
