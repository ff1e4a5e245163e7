package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactExporterTest {

    @TempDir
    Path dir;

    private static Trace oneNote(List<Link> links) {
        List<Actor> actors = List.of(new Actor("a", "A", ActorKind.SERVICE, "internal"),
                new Actor("b", "B", ActorKind.DATABASE, "internal"));
        TraceEvent note = new TraceEvent(0, Instant.parse("2026-01-01T09:00:00Z"), EventKinds.NOTE, "a", null,
                "A starts", Map.of(), List.of());
        return new Trace(Trace.FORMAT, "two", "Two actors", 1, Map.of(), new Topology(actors, links), List.of(note),
                Map.of());
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWorldWithoutLinksHasNoAttackGraphToWrite() throws Exception {
        new ArtifactExporter().export(oneNote(List.of()), dir);

        assertThat(names()).containsExactly("trace.json", "trace.mmd");
    }

    @Test
    void aWorldWithALinkGetsTheAttackGraphFilesAndNoTemporaryOnes() throws Exception {
        Trace trace = oneNote(List.of(new Link("a", "b", Channel.BACK, dev.trustflow.sim.world.Protection.PLAIN,
                Link.DEFAULT_LATENCY_MS)));

        ArtifactExporter.Result result = new ArtifactExporter().export(trace, dir);
        new ArtifactExporter().export(trace, dir);

        assertThat(names()).containsExactly("attack-graph.dot", "attack-graph.json", "trace.json", "trace.mmd");
        assertThat(result.written()).extracting(p -> p.getFileName().toString())
                .contains("attack-graph.json", "attack-graph.dot");
        assertThat(Files.readString(dir.resolve("attack-graph.dot")))
                .contains("\"a\" -> \"b\";", "\"b\" -> \"a\";");
    }

    @Test
    void slugsAreSafeFileNameParts() {
        assertThat(ArtifactExporter.slug("Access token", "jwt")).isEqualTo("access-token");
        assertThat(ArtifactExporter.slug("../../etc/passwd", "jwt")).isEqualTo("etc-passwd");
        assertThat(ArtifactExporter.slug("Clé publique (émise)", "jwks")).isEqualTo("cle-publique-emise");
        assertThat(ArtifactExporter.slug("***", Artifact.PEM_CERTIFICATE)).isEqualTo("pem-certificate");
        assertThat(ArtifactExporter.slug("C:\\Windows\\x y", "text")).isEqualTo("c-windows-x-y");
        assertThat(ArtifactExporter.slug("a".repeat(30) + " " + "b".repeat(30), "text"))
                .hasSizeLessThanOrEqualTo(48).startsWith("aaaa").doesNotEndWith("-");
    }

    @Test
    void extensionsFollowTheArtifactType() {
        assertThat(ArtifactExporter.extension(Artifact.JWT)).hasValue("jwt");
        assertThat(ArtifactExporter.extension(Artifact.JWKS)).hasValue("json");
        assertThat(ArtifactExporter.extension(Artifact.PEM_CERTIFICATE)).hasValue("pem");
        assertThat(ArtifactExporter.extension(Artifact.PEM_PRIVATE_KEY)).hasValue("pem");
        assertThat(ArtifactExporter.extension(Artifact.TEXT)).hasValue("txt");
        assertThat(ArtifactExporter.extension(Artifact.TLS_RECORD)).isEmpty();
    }
}
