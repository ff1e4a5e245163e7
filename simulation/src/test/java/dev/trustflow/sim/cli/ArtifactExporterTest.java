package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Artifact;
import org.junit.jupiter.api.Test;

class ArtifactExporterTest {

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
