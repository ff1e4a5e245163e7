package dev.trustflow.sim.cli;

import dev.trustflow.sim.export.AttackGraphDot;
import dev.trustflow.sim.export.AttackGraphExport;
import dev.trustflow.sim.export.AttackGraphJson;
import dev.trustflow.sim.export.MermaidSequence;
import dev.trustflow.sim.export.TlsCaptureFiles;
import dev.trustflow.sim.tls.CapturedConnection;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a trace into a folder: {@code trace.json} plus each distinct artifact as its own file named
 * {@code NN-label.ext} (JWT {@code .jwt}, JWKS {@code .json}, certificates and keys {@code .pem}, text
 * {@code .txt}), the trace as a Mermaid sequence diagram, {@code trace.mmd}, when its world has links the attack
 * graph as {@code attack-graph.json} and GraphViz {@code attack-graph.dot}, and, when the run opened TLS
 * connections, their capture {@code handshake.pcapng} and key log {@code sslkeylog.txt}. The same artifact carried
 * by several events is written once. Every file is written to a temporary file in the folder and then moved
 * into place atomically.
 */
final class ArtifactExporter {

    static final String TRACE_FILE = "trace.json";
    static final String MERMAID_FILE = "trace.mmd";
    private static final int MAX_SLUG = 48;

    /** What was written, and the artifacts that have no file form here (TLS records go to a capture file). */
    record Result(List<Path> written, List<Artifact> skipped) {
    }

    Result export(Trace trace, Path dir) throws IOException {
        return export(trace, List.of(), dir);
    }

    Result export(Trace trace, List<CapturedConnection> tlsConnections, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<Artifact> skipped = new ArrayList<>();
        List<Artifact> distinct = distinct(trace);
        int width = Math.max(2, String.valueOf(distinct.size()).length());
        int n = 0;
        for (Artifact a : distinct) {
            Optional<String> ext = extension(a.type());
            if (ext.isEmpty()) {
                skipped.add(a);
                continue;
            }
            n++;
            String name = String.format("%0" + width + "d-%s.%s", n, slug(a.label(), a.type()), ext.get());
            Path file = dir.resolve(name);
            writeAtomically(file, a.text().endsWith("\n") ? a.text() : a.text() + "\n");
            written.add(file);
        }
        Path traceFile = dir.resolve(TRACE_FILE);
        new TraceCodec().write(trace, traceFile);
        written.add(traceFile);
        written.add(MermaidSequence.write(trace, dir.resolve(MERMAID_FILE)));
        if (AttackGraphExport.applies(trace)) {
            AttackGraphExport graph = AttackGraphExport.of(trace);
            written.add(writeAtomically(dir.resolve(AttackGraphJson.FILE), AttackGraphJson.render(graph)));
            written.add(writeAtomically(dir.resolve(AttackGraphDot.FILE), AttackGraphDot.render(graph)));
        }
        if (!tlsConnections.isEmpty()) {
            written.add(TlsCaptureFiles.writePcapng(tlsConnections, dir.resolve(TlsCaptureFiles.PCAPNG)));
            written.add(TlsCaptureFiles.writeKeyLog(tlsConnections, dir.resolve(TlsCaptureFiles.KEY_LOG)));
        }
        return new Result(written, skipped);
    }

    /** The file extension for an artifact type; empty for TLS records, which belong in a capture file. */
    static Optional<String> extension(String type) {
        switch (type) {
            case Artifact.JWT:
                return Optional.of("jwt");
            case Artifact.JWKS:
                return Optional.of("json");
            case Artifact.PEM_CERTIFICATE:
            case Artifact.PEM_PRIVATE_KEY:
                return Optional.of("pem");
            case Artifact.TLS_RECORD:
                return Optional.empty();
            case Artifact.TABLE:
                return Optional.of("tsv");
            default:
                return Optional.of("txt");
        }
    }

    /** A label as a safe file-name part: ASCII letters, digits and dashes only, never empty, never a path. */
    static String slug(String label, String fallback) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? slug(fallback, "artifact") : slug;
    }

    private static List<Artifact> distinct(Trace trace) {
        Set<String> seen = new HashSet<>();
        List<Artifact> out = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            for (Artifact a : e.artifacts()) {
                if (seen.add(a.type() + '\u0000' + a.text())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    static Path writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
