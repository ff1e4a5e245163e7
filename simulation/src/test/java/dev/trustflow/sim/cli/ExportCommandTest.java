package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.trustflow.sim.export.ExportedAttackGraph;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ID = SignedTokenTestScenario.ID;

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheTraceAndEachDistinctArtifactOnce() throws Exception {
        Path out = dir.resolve("new-folder");

        CliRun run = CliRun.of("export", ID, "--out", out.toString(), "--seed", "3");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(files(out)).containsExactly("01-issuer-public-keys.json", "02-issuer-certificate.pem",
                "03-access-token.jwt", "04-bearer-token.jwt", "attack-graph.dot", "attack-graph.json", "trace.json",
                "trace.mmd");
        assertThat(run.out()).contains("wrote 8 files to", "03-access-token.jwt", "trace.mmd", "attack-graph.dot");
        Trace trace = new TraceCodec().read(out.resolve("trace.json"));
        assertThat(trace.seed()).isEqualTo(3);
    }

    @Test
    void writesTheSequenceDiagramOfTheSameRunNextToTheTrace() throws Exception {
        assertThat(CliRun.of("export", ID, "--out", dir.toString(), "--set", "tamper=true").code()).isZero();

        Trace trace = new TraceCodec().read(dir.resolve("trace.json"));
        List<String> lines = Files.readAllLines(dir.resolve("trace.mmd"));
        assertThat(lines.get(0)).isEqualTo("sequenceDiagram");
        assertThat(lines).contains("    participant p_issuer as Issuer", "    participant p_gateway as Gateway");
        long messages = trace.events().stream().filter(e -> e.target() != null && !e.target().equals(e.actor()))
                .count();
        assertThat(lines.stream().filter(l -> l.matches("\\s*p_\\w+-{1,2}(>>|x)p_\\w+: .+"))).hasSize((int) messages);
        assertThat(lines).anyMatch(l -> l.contains("Note over p_gateway: FAIL jwt.signature"));
    }

    @Test
    void exportedTokenVerifiesWithTheExportedKeysAndTheTamperedOneDoesNot() throws Exception {
        CliRun run = CliRun.of("export", ID, "--out", dir.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.OK);

        ECKey key = JWKSet.parse(Files.readString(dir.resolve("01-issuer-public-keys.json"))).getKeys().get(0).toECKey();
        SignedJWT token = SignedJWT.parse(Files.readString(dir.resolve("03-access-token.jwt")).strip());
        SignedJWT forged = SignedJWT.parse(Files.readString(dir.resolve("04-bearer-token.jwt")).strip());
        assertThat(token.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(forged.verify(new ECDSAVerifier(key))).isFalse();
        try (InputStream pem = Files.newInputStream(dir.resolve("02-issuer-certificate.pem"))) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
            cert.verify(key.toECPublicKey());
            assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=Test issuer");
        }
    }

    @Test
    void exportingAgainReplacesFilesAndLeavesNoTemporaryFiles() throws Exception {
        assertThat(CliRun.of("export", ID, "--out", dir.toString(), "--set", "tamper=false").code()).isZero();
        assertThat(CliRun.of("export", ID, "--out", dir.toString(), "--set", "tamper=false").code()).isZero();

        assertThat(files(dir)).containsExactly("01-issuer-public-keys.json", "02-issuer-certificate.pem",
                "03-access-token.jwt", "attack-graph.dot", "attack-graph.json", "trace.json", "trace.mmd");
    }

    @Test
    void theAttackGraphFilesAreThoseOfTheRunInTheTraceBesideThem() throws Exception {
        CliRun run = CliRun.with(BundledScenarios.catalog(), "export", "blast-radius", "--out", dir.toString(),
                "--set", "segmentation=segmented");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("  attack-graph.json", "  attack-graph.dot");
        Trace trace = new TraceCodec().read(dir.resolve("trace.json"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("attack-graph.json").toFile());
        ExportedAttackGraph.assertEqualsTheGraph(trace, json);
        assertThat(ExportedAttackGraph.refused(json)).isNotEmpty();
        assertThat(ExportedAttackGraph.compromisedInOrder(json)).first().isEqualTo("search");
        String dot = Files.readString(dir.resolve("attack-graph.dot"));
        assertThat(dot).startsWith("digraph ").endsWith("}\n")
                .contains("\"search\" [label=\"Search\\n(service)");
    }

    @Test
    void aRunWithTlsConnectionsAlsoWritesTheirCaptureAndKeyLog() throws Exception {
        CliRun run = CliRun.with(BundledScenarios.catalog(), "export", "tls-and-certificates", "--out",
                dir.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(files(dir)).contains("handshake.pcapng", "sslkeylog.txt");
        assertThat(run.out()).contains("  handshake.pcapng", "  sslkeylog.txt");
        List<String> keyLog = Files.readAllLines(dir.resolve("sslkeylog.txt"));
        assertThat(keyLog).isNotEmpty().allMatch(l -> l.matches("[A-Z_0]+ [0-9a-f]{64} [0-9a-f]{64,96}"));
        assertThat(keyLog).anyMatch(l -> l.startsWith("CLIENT_TRAFFIC_SECRET_0 "));
        byte[] capture = Files.readAllBytes(dir.resolve("handshake.pcapng"));
        assertThat(new String(capture, java.nio.charset.StandardCharsets.US_ASCII)).contains(keyLog.get(0));
    }

    @Test
    void theExportedBankChainVerifiesWithOpenSsl() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(openssl),
                "openssl is not installed here: the exported chain is verified by the JDK's PKIX tests only");
        assertThat(CliRun.with(BundledScenarios.catalog(), "export", "tls-and-certificates", "--out",
                dir.toString()).code()).isEqualTo(ExitCodes.OK);
        Path root = null;
        Path intermediate = null;
        Path leaf = null;
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        for (String name : files(dir)) {
            if (!name.endsWith(".pem")) {
                continue;
            }
            X509Certificate cert;
            try (InputStream pem = Files.newInputStream(dir.resolve(name))) {
                cert = (X509Certificate) x509.generateCertificate(pem);
            }
            boolean selfSigned = cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
            if (selfSigned) {
                root = dir.resolve(name);
            } else if (cert.getBasicConstraints() >= 0) {
                intermediate = dir.resolve(name);
            } else {
                leaf = dir.resolve(name);
            }
        }
        assertThat(List.of(String.valueOf(root), String.valueOf(intermediate), String.valueOf(leaf)))
                .as("a root, an intermediate and a leaf among " + files(dir)).doesNotContain("null");
        X509Certificate issued;
        try (InputStream pem = Files.newInputStream(leaf)) {
            issued = (X509Certificate) x509.generateCertificate(pem);
        }
        long inside = issued.getNotBefore().toInstant().plusSeconds(60).getEpochSecond();
        Process verify = new ProcessBuilder(openssl.toString(), "verify", "-attime", Long.toString(inside),
                "-CAfile", root.toString(), "-untrusted", intermediate.toString(), leaf.toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(said).isZero();
        assertThat(said).contains(": OK");
    }

    @Test
    void aRunWithoutTlsWritesNoCapture() throws Exception {
        assertThat(CliRun.of("export", ID, "--out", dir.toString()).code()).isZero();

        assertThat(files(dir)).doesNotContain("handshake.pcapng", "sslkeylog.txt");
    }

    @Test
    void outThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        CliRun run = CliRun.of("export", ID, "--out", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("--out '" + file + "' is a file; expected a folder (existing or new)",
                "Run 'trustflow-cli export --help' for usage.");
    }

    @Test
    void missingOutIsAUsageError() {
        CliRun run = CliRun.of("export", ID);

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines().get(0)).contains("--out");
    }

    @Test
    void unknownScenarioWritesNothing() throws Exception {
        Path out = dir.resolve("never");

        CliRun run = CliRun.of("export", "nope", "--out", out.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(out).doesNotExist();
    }
}
