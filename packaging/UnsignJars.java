import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites each signed jar given on the command line without its signature files (META-INF/*.SF and the
 * .RSA/.DSA/.EC blocks), in place (temp file, then move). Run by packaging/build.xml on the app-image's input jars.
 *
 * Why: the JVM keeps classes of signed jars out of a CDS archive and the JDK 25 AOT cache, and verifies every
 * entry it loads from them against the signature; BouncyCastle, ELK, EMF and Xtext ship signed. Measured on the
 * installed app (packaging/README.md): the main window about 0.2 s sooner and about 15 MB less resident memory.
 * The signatures protect the jars on their way from Maven Central, where Maven checked them already; inside the
 * app-image nothing reads them, because OpenJDK builds do not ask JCE providers to be signed (an Oracle JDK
 * would: build the installer with an OpenJDK build such as Temurin; packaging/ci-check.sh runs every scenario on the
 * bundled runtime, TLS included, and would fail).
 *
 * Usage: java packaging/UnsignJars.java JAR...
 */
public final class UnsignJars {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    private UnsignJars() {
    }

    public static void main(String[] args) throws IOException {
        int rewritten = 0;
        for (String name : args) {
            Path jar = Path.of(name);
            if (isSigned(jar)) {
                unsign(jar);
                rewritten++;
            }
        }
        System.out.println("[packaging] signature files removed from " + rewritten + " of " + args.length + " jars");
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    private static void unsign(Path jar) throws IOException {
        Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw new IOException(jar + ": could not be rewritten without its signature: " + e.getMessage(), e);
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
