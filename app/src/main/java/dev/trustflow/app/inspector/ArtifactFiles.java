package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** File names for artifacts, and writing one safely: a temp file in the same folder, then an atomic move. */
public final class ArtifactFiles {

    private ArtifactFiles() {
    }

    /** {@code access-token.jwt}, {@code issuer-keys.json}, {@code server-certificate.pem}... */
    public static String suggestedName(Artifact artifact) {
        String base = artifact.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return (base.isEmpty() ? "artifact" : base) + extension(artifact.type());
    }

    static String extension(String type) {
        switch (type) {
            case Artifact.JWT:
                return ".jwt";
            case Artifact.JWKS:
                return ".json";
            case Artifact.PEM_CERTIFICATE:
            case Artifact.PEM_PRIVATE_KEY:
                return ".pem";
            case Artifact.TLS_RECORD:
                return ".hex";
            case Artifact.TABLE:
                return ".tsv";
            default:
                return ".txt";
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, replacing it only once the whole text is on disk. */
    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
