package dev.trustflow.sim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the project version, written into {@code version.properties} by the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"trustflow-cli " + version(), "Java " + System.getProperty("java.version")};
    }

    /** The project version this jar was built from. */
    public static String version() throws IOException {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the jar; rebuild with Maven");
            }
            props.load(in);
        }
        return props.getProperty("version", "unknown");
    }
}
