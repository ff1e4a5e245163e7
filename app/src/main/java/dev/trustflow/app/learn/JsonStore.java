package dev.trustflow.app.learn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One small JSON file of the user's (settings, progress). Reading never fails: a missing file gives the
 * defaults; a file that does not parse is moved aside as {@code NAME.bak} and the defaults come back with a
 * one-line notice. Writing goes to a temp file in the same folder, then an atomic move over the old file.
 *
 * @param <T> the record stored
 */
public final class JsonStore<T> {

    /** A settings or progress file is small; anything larger is not ours. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> defaults;
    private final UnaryOperator<T> normalize;
    private final ObjectMapper mapper;
    /** Set when a damaged file could not be moved aside: writing over it would lose what the user saved. */
    private volatile boolean keepUntouched;

    public JsonStore(Path file, Class<T> type, Supplier<T> defaults, UnaryOperator<T> normalize) {
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.normalize = Objects.requireNonNull(normalize, "normalize");
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(64 * 1024).maxNumberLength(64).build()).build();
        this.mapper = new ObjectMapper(factory)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** What was read, and a notice for the person when the file had to be set aside or could not be read. */
    public record Loaded<T>(T value, Optional<String> notice) {
    }

    public Path file() {
        return file;
    }

    /** Reads the file; see the class comment for what happens to a bad one. */
    public Loaded<T> load() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is larger than " + MAX_BYTES / 1024 + " KB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded<>(defaults.get(), Optional.empty());
        } catch (IOException e) {
            return new Loaded<>(defaults.get(), Optional.of(file.getFileName() + " could not be read ("
                    + e.getMessage() + "); defaults are used this time"));
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                return setAside("it is empty");
            }
            return new Loaded<>(normalize.apply(value), Optional.empty());
        } catch (JsonProcessingException e) {
            return setAside(describe(e));
        } catch (IOException | RuntimeException e) {
            return setAside(e.getMessage());
        }
    }

    /** Writes {@code value}: temp file in the same folder, then an atomic move. */
    public void save(T value) throws IOException {
        if (keepUntouched) {
            throw new IOException(file.getFileName() + " is damaged and could not be set aside; it is left as it is");
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, mapper.writeValueAsBytes(value));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Loaded<T> setAside(String what) {
        String name = file.getFileName().toString();
        try {
            Path backup = freeBackupName();
            Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE);
            return new Loaded<>(defaults.get(), Optional.of(name + " is damaged (" + what + "); it was kept as "
                    + backup.getFileName() + " and defaults are used"));
        } catch (IOException e) {
            keepUntouched = true;
            return new Loaded<>(defaults.get(), Optional.of(name + " is damaged (" + what
                    + ") and could not be set aside (" + e.getMessage() + "); defaults are used this time"));
        }
    }

    private Path freeBackupName() {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        for (int i = 1; Files.exists(backup) && i < 1000; i++) {
            backup = file.resolveSibling(file.getFileName() + "." + i + ".bak");
        }
        return backup;
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage().lines().findFirst().orElse("not valid JSON");
        return at != null && at.getLineNr() > 0 ? "line " + at.getLineNr() + ": " + message : message;
    }
}
