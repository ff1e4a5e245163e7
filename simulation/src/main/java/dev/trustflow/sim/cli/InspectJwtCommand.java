package dev.trustflow.sim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect-jwt}: decodes a token and runs every verification check, saying which passed and why. */
@Command(name = "inspect-jwt", mixinStandardHelpOptions = true,
        description = {"Decodes a JWT (anyone can: it is signed, not encrypted) and runs every verification check:"
                + " format, alg, kid, signature, typ, iss, aud, exp, nbf, required claims."},
        footer = {"", "Exit codes: 0 the token is valid, 1 a check failed, 2 a usage error."})
public final class InspectJwtCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<token|->", description = "The compact JWT, or - to read it from stdin.")
    String token;

    @Option(names = "--jwks", paramLabel = "FILE",
            description = "Trusted keys: a JWKS or a single JWK as JSON. Without it the kid and signature checks fail.")
    Path jwksFile;

    @Option(names = "--iss", paramLabel = "I", description = "Require this issuer (iss).")
    String issuer;

    @Option(names = "--aud", paramLabel = "A", description = "Require this audience (aud).")
    String audience;

    @Option(names = "--at", paramLabel = "ISO-TIME",
            description = "Check exp and nbf at this time (e.g. 2026-01-01T09:00:00Z) instead of now.")
    String at;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for a person, json for a script (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public InspectJwtCommand() {
        this(System.in);
    }

    InspectJwtCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now;
        JWKSet keys;
        try {
            now = instant();
            keys = jwksFile == null ? new JWKSet() : JwksFile.read(jwksFile);
        } catch (UsageProblem | JwksFile.Problem e) {
            err.println("inspect-jwt: " + (e instanceof JwksFile.Problem ? "--jwks " : "") + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        String compact = "-".equals(token) ? readStdin() : token;
        VerificationReport report = new JwtVerifier(JwtPolicy.inspect(issuer, audience)).verify(compact, keys, now);
        if (format == OutputFormat.json) {
            out.println(json(report));
        } else {
            printText(out, compact, report, keys.getKeys().isEmpty(), now);
        }
        out.flush();
        return report.valid() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private Instant instant() throws UsageProblem {
        if (at == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(at).toInstant();
            } catch (DateTimeParseException e) {
                throw new UsageProblem("--at '" + at + "' is not an ISO-8601 time such as 2026-01-01T09:00:00Z");
            }
        }
    }

    private String readStdin() {
        try {
            // One byte more than a token may have, so the decoder can say it is too large.
            return new String(stdin.readNBytes(JwtDecoder.MAX_CHARS * 4 + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token from stdin", e);
        }
    }

    private static void printText(PrintWriter out, String compact, VerificationReport report, boolean noKeys,
                                  Instant now) {
        try {
            DecodedJwt decoded = JwtDecoder.decode(compact);
            out.println("Header (alg " + decoded.alg() + "; decoding is not verifying):");
            out.println(decoded.headerJson());
            out.println("Payload:");
            out.println(decoded.payloadJson());
            out.println("Signature: " + decoded.signatureLength() + " bytes");
        } catch (JwtDecodeException e) {
            out.println("Cannot decode: " + e.getMessage());
        }
        out.println();
        out.println("Checks at " + now + (noKeys ? " (no --jwks: no trusted keys)" : "") + ":");
        int width = report.checks().stream().mapToInt(c -> c.check().length()).max().orElse(0);
        for (CheckResult c : report.checks()) {
            out.printf("  %s  %-" + width + "s  %s%n", c.passed() ? "PASS" : "FAIL", c.check(), c.reason());
        }
        out.println();
        out.println(report.valid() ? "VALID: every check passed"
                : "INVALID: " + report.firstFailure().orElseThrow().check() + " failed first");
    }

    private static String json(VerificationReport report) {
        List<Map<String, Object>> checks = report.checks().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", c.check());
            m.put("passed", c.passed());
            m.put("reason", c.reason());
            return m;
        }).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("valid", report.valid());
        root.put("checks", checks);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad option value, reported as one line and exit code 2. */
    private static final class UsageProblem extends Exception {
        UsageProblem(String message) {
            super(message);
        }
    }
}
