package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustflow.sim.clock.VirtualClock;
import dev.trustflow.sim.crypto.jwt.JwtForgery;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectJwtCommandTest {

    private static final String ISS = "https://auth.trustflow.demo";
    private static final String AT = "2026-01-01T09:05:00Z";

    @TempDir
    Path dir;

    private final KeyRing ring = new KeyRing();
    private final VirtualClock clock = new VirtualClock();
    private String token;
    private Path jwks;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        ring.es256("as-1");
        token = new JwtIssuer(ring, clock).token("as-1").issuer(ISS).subject("alice").audience("orders-api")
                .type("at+jwt").sign();
        jwks = Files.writeString(dir.resolve("keys.json"), ring.jwks().toString());
    }

    private int run(InputStream stdin, String... args) {
        CommandLine cli = new CommandLine(new InspectJwtCommand(stdin));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    @Test
    void aValidTokenPrintsHeaderPayloadAndEveryCheckAndExitsZero() {
        int code = run(token, "--jwks", jwks.toString(), "--iss", ISS, "--aud", "orders-api", "--at", AT);

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("\"alg\" : \"ES256\"", "\"sub\" : \"alice\"", "Signature: 64 bytes",
                "PASS  jwt.signature", "PASS  jwt.aud", "VALID");
        assertThat(out.toString()).doesNotContain("FAIL");
    }

    @Test
    void jsonHasExactlyValidAndChecks() throws IOException {
        int code = run(token, "--jwks", jwks.toString(), "--at", AT, "--format", "json");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(fieldNames(json)).containsExactly("valid", "checks");
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("checks")).hasSize(10);
        for (JsonNode check : json.get("checks")) {
            assertThat(fieldNames(check)).containsExactly("check", "passed", "reason");
        }
        assertThat(json.get("checks").get(0).get("check").asText()).isEqualTo("jwt.format");
    }

    @Test
    void readsTheTokenFromStdinForDash() throws IOException {
        InputStream stdin = new ByteArrayInputStream((token + "\n").getBytes(StandardCharsets.UTF_8));

        int code = run(stdin, "-", "--jwks", jwks.toString(), "--at", AT, "--format", "json");

        assertThat(code).as(out.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void withoutKeysKidAndSignatureFailSayingNoKeysWereGiven() throws IOException {
        int code = run(token, "--at", AT, "--format", "json");

        assertThat(code).isEqualTo(ExitCodes.CHECK_FAILED);
        JsonNode checks = new ObjectMapper().readTree(out.toString()).get("checks");
        assertThat(checks.get(2).get("check").asText()).isEqualTo("jwt.kid");
        assertThat(checks.get(2).get("reason").asText()).contains("no keys were given");
        assertThat(checks.get(3).get("passed").asBoolean()).isFalse();
        assertThat(checks.get(3).get("reason").asText()).contains("no keys were given");
    }

    @Test
    void aTamperedExpiredOrMisdirectedTokenExitsOne() {
        assertThat(run(JwtForgery.withClaim(token, "sub", "mallory"), "--jwks", jwks.toString(), "--at", AT))
                .isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString()).contains("FAIL  jwt.signature", "INVALID: jwt.signature failed first");
        assertThat(run(token, "--jwks", jwks.toString(), "--at", "2026-01-01T10:00:00Z"))
                .isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run(token, "--jwks", jwks.toString(), "--at", AT, "--aud", "billing-api"))
                .isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString()).contains("INVALID: jwt.exp failed first", "INVALID: jwt.aud failed first");
    }

    @Test
    void garbageIsAFailedFormatCheckNotAStackTrace() {
        int code = run("not-a-token", "--jwks", jwks.toString());

        assertThat(code).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out.toString()).contains("Cannot decode: not three dot-separated parts", "FAIL  jwt.format");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() throws IOException {
        assertUsageError(List.of(token, "--at", "yesterday"), "--at 'yesterday' is not an ISO-8601 time");
        assertUsageError(List.of(token, "--jwks", dir.resolve("missing.json").toString()), "missing.json: no such file");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"keys\": [{\"kty\": \"EC\"}]}");
        assertUsageError(List.of(token, "--jwks", broken.toString()), "broken.json: not a JWKS");
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertUsageError(List.of(token, "--jwks", notJson.toString()), "notes.txt: not a JWKS");
        assertUsageError(List.of(token, "--jwks", dir.toString()), "is a directory");
    }

    @Test
    void aSingleJwkFileIsAcceptedToo() throws IOException {
        Path single = Files.writeString(dir.resolve("key.json"), ring.jwks().getKeys().get(0).toJSONString());

        assertThat(run(token, "--jwks", single.toString(), "--at", AT)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void picocliUsageErrorsExitTwo() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(token, "--format", "yaml")).isEqualTo(ExitCodes.USAGE);
    }

    private void assertUsageError(List<String> args, String message) {
        StringWriter before = new StringWriter();
        before.write(err.toString());
        int code = run(args.toArray(String[]::new));
        String newErr = err.toString().substring(before.toString().length());

        assertThat(code).as(newErr).isEqualTo(ExitCodes.USAGE);
        assertThat(newErr).contains(message);
        assertThat(newErr.strip().lines().count()).isEqualTo(1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }
}
