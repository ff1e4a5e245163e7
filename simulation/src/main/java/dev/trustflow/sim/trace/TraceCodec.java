package dev.trustflow.sim.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes traces as {@code trustflow-trace/2} JSON and reads them back, treating every file as untrusted. A
 * {@code trustflow-trace/1} file is read and upgraded to format 2 (see {@link FormatOneUpgrade}).
 */
public final class TraceCodec {

    /** A trace larger than this is refused before it is parsed. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_NESTING = 64;
    private static final int MAX_STRING = 4 * 1024 * 1024;

    private final ObjectMapper mapper;

    public TraceCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
        mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The mapper, configured with the same limits, for other untrusted JSON (JWKS, settings). */
    public ObjectMapper mapper() {
        return mapper;
    }

    public String toJson(Trace trace) {
        try {
            return mapper.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a trace could not be written as JSON", e);
        }
    }

    /** Writes to a temporary file beside {@code file}, then moves it into place atomically. */
    public void write(Trace trace, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(trace), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Trace read(Path file) throws TraceFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new TraceFormatException(name + ": no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new TraceFormatException(name + ": " + size + " bytes is larger than the "
                        + MAX_BYTES / (1024 * 1024) + " MB a trace may have");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new TraceFormatException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses and validates; {@code source} names the input in error messages. */
    public Trace parse(String json, String source) throws TraceFormatException {
        if (json.length() > MAX_BYTES) {
            throw new TraceFormatException(source + ": larger than a trace may be");
        }
        Trace trace;
        try {
            trace = mapper.readValue(json, Trace.class);
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(source + describe(e), e);
        }
        if (trace == null) {
            throw new TraceFormatException(source + ": empty, expected a trace object");
        }
        validate(trace, source);
        return Trace.FORMAT_1.equals(trace.format()) ? FormatOneUpgrade.upgrade(trace) : trace;
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String line = where == null || where.getLineNr() < 0 ? "" : ":" + where.getLineNr();
        String what = e.getOriginalMessage();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException npe && npe.getMessage() != null) {
            what = "required field '" + npe.getMessage() + "' is missing";
        }
        return line + ": " + firstLine(what);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "not valid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void validate(Trace trace, String source) throws TraceFormatException {
        if (!Trace.FORMAT.equals(trace.format()) && !Trace.FORMAT_1.equals(trace.format())) {
            throw new TraceFormatException(source + ": format is '" + trace.format() + "', expected '"
                    + Trace.FORMAT + "' (or '" + Trace.FORMAT_1 + "')");
        }
        if (trace.scenario().isBlank()) {
            throw new TraceFormatException(source + ": scenario is empty");
        }
        Set<String> actors = new HashSet<>();
        trace.topology().actors().forEach(a -> actors.add(a.id()));
        for (var link : trace.topology().links()) {
            if (!actors.contains(link.from()) || !actors.contains(link.to())) {
                throw new TraceFormatException(source + ": topology link " + link.from() + " - " + link.to()
                        + " names an actor that is not in topology.actors");
            }
        }
        for (int i = 0; i < trace.events().size(); i++) {
            TraceEvent e = trace.events().get(i);
            String at = source + ": events[" + i + "]";
            if (e.seq() != i) {
                throw new TraceFormatException(at + ".seq is " + e.seq() + ", expected " + i);
            }
            if (!EventKinds.VALID.matcher(e.kind()).matches()) {
                throw new TraceFormatException(at + ".kind '" + e.kind()
                        + "' is not a dotted lower-case word such as http.request");
            }
            if (i > 0 && e.at().isBefore(trace.events().get(i - 1).at())) {
                throw new TraceFormatException(at + ".at " + e.at() + " is earlier than the event before it");
            }
            if (!actors.isEmpty() && !actors.contains(e.actor())) {
                throw new TraceFormatException(at + ".actor '" + e.actor() + "' is not in topology.actors");
            }
            if (!actors.isEmpty() && e.target() != null && !actors.contains(e.target())) {
                throw new TraceFormatException(at + ".target '" + e.target() + "' is not in topology.actors");
            }
            if (e.cause() != null && (e.cause() < 0 || e.cause() >= i)) {
                throw new TraceFormatException(at + ".cause is " + e.cause()
                        + ", expected the seq of an earlier event (0 to " + (i - 1) + ")");
            }
            if (e.flow() != null && e.flow() < 0) {
                throw new TraceFormatException(at + ".flow is " + e.flow() + ", expected 0 or more");
            }
            if (e.isCheck() && e.check().isEmpty()) {
                throw new TraceFormatException(at + " is a " + e.kind() + " without data.check");
            }
        }
        validatePhases(trace, source);
    }

    private static void validatePhases(Trace trace, String source) throws TraceFormatException {
        int before = -1;
        for (int i = 0; i < trace.phases().size(); i++) {
            PhaseStart p = trace.phases().get(i);
            String at = source + ": phases[" + i + "]";
            if (p.seq() <= before || p.seq() >= trace.size()) {
                throw new TraceFormatException(at + ".seq is " + p.seq() + ", expected the seq of an event after "
                        + (before < 0 ? "the start" : "the previous phase's " + before) + " (at most "
                        + (trace.size() - 1) + ")");
            }
            if (p.title().isBlank()) {
                throw new TraceFormatException(at + ".title is empty");
            }
            before = p.seq();
        }
    }
}
