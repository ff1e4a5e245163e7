package dev.trustflow.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.inspector.CheckRow;
import dev.trustflow.app.inspector.ClaimRow;
import dev.trustflow.sim.check.CheckExplanations;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenWorkbenchViewModelTest {

    private final WorkbenchTokens tokens = new WorkbenchTokens();
    private final List<Runnable> background = new ArrayList<>();
    /** "Now" for the workbench: one hour after the tokens were issued (they live 15 minutes). */
    private final Clock anHourLater = Clock.fixed(WorkbenchTokens.ISSUED.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private final TokenWorkbenchViewModel vm = new TokenWorkbenchViewModel(CheckExplanations.bundled(),
            background::add, Runnable::run, anHourLater);

    @Test
    void aRealTokenWithItsKeysAtAValidTimePassesEveryCheck() {
        fill(tokens.token, tokens.jwks, "2026-01-01T09:05:00Z");
        verifyAndRun();

        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.VALID);
        assertThat(vm.verdictTextProperty().get()).isEqualTo("Valid: all 10 checks passed.");
        assertThat(vm.checkRows()).hasSize(10).allMatch(CheckRow::passed);
        assertThat(vm.checkRows()).allSatisfy(row -> assertThat(row.explanation()).as(row.id()).isNotNull());
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.hintProperty().get()).isEmpty();
        assertThat(vm.tokenProperty().get().payloadJson()).contains("\"sub\" : \"alice\"");
        assertThat(claim("exp").note()).isEqualTo("expires 10 min after the check time");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void withoutATimeTheClockDecidesAndTheTokenHasExpired() {
        fill(tokens.token, tokens.jwks, "");
        verifyAndRun();

        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.REJECTED);
        assertThat(vm.verdictTextProperty().get()).isEqualTo("Rejected: 1 of 10 checks failed, first jwt.exp.");
        CheckRow exp = row("jwt.exp");
        assertThat(exp.passed()).isFalse();
        assertThat(exp.reason()).startsWith("expired at");
        assertThat(vm.selectedCheckProperty().get()).isEqualTo(exp);
        assertThat(vm.explanationMarkdownProperty().get()).contains("RFC 7519 section 4.1.4");
        assertThat(claim("exp").note()).isEqualTo("expired 45 min before the check time");
    }

    @Test
    void anEditedPayloadFailsTheSignatureCheck() {
        fill(tokens.tampered(), tokens.jwks, "2026-01-01T09:05:00Z");
        verifyAndRun();

        assertThat(row("jwt.signature").passed()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.REJECTED);
        assertThat(vm.tokenProperty().get().payloadJson()).contains("\"role\" : \"admin\"");
    }

    @Test
    void theWrongIssuerOrAudienceFails() {
        fill(tokens.token, tokens.jwks, "2026-01-01T09:05:00Z");
        vm.issuerProperty().set("https://evil.example");
        vm.audienceProperty().set("billing-api");
        verifyAndRun();
        assertThat(row("jwt.iss").passed()).isFalse();
        assertThat(row("jwt.aud").passed()).isFalse();
    }

    @Test
    void withoutKeysTheSignatureCannotPassAndTheViewSaysWhy() {
        fill(tokens.token, "", "2026-01-01T09:05:00Z");
        verifyAndRun();
        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.REJECTED);
        assertThat(row("jwt.signature").passed()).isFalse();
        assertThat(vm.hintProperty().get()).startsWith("No JWKS or secret given");
    }

    @Test
    void aSingleJwkIsAcceptedAsWellAsASet() {
        fill(tokens.token, tokens.ring.jwks().getKeys().get(0).toJSONString(), "2026-01-01T09:05:00Z");
        verifyAndRun();
        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.VALID);
    }

    @Test
    void garbageIsAMessageAndAFailedFormatCheckNeverAnException() {
        fill("hello, world", tokens.jwks, "");
        verifyAndRun();
        assertThat(vm.messageProperty().get()).startsWith("Token: ").contains("not base64url");
        assertThat(vm.tokenProperty().get()).isNull();
        assertThat(row("jwt.format").passed()).isFalse();
        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.REJECTED);
    }

    @Test
    void brokenJwksJsonIsAMessage() {
        fill(tokens.token, "{\"keys\": [ {\"kty\": ", "");
        verifyAndRun();
        assertThat(vm.messageProperty().get()).startsWith("JWKS: not a JSON Web Key Set");
        assertThat(vm.checkRows()).isEmpty();
        assertThat(vm.verdictProperty().get()).isEqualTo(WorkbenchResult.Verdict.NONE);
    }

    @Test
    void anUnreadableTimeIsAMessage() {
        fill(tokens.token, tokens.jwks, "yesterday");
        verifyAndRun();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Time: 'yesterday' is not an ISO-8601 time such as 2026-01-01T09:00:00Z.");
    }

    @Test
    void anOversizedTokenIsRefusedBeforeAnyWorkIsQueued() {
        fill("a".repeat(16 * 1024 + 1), tokens.jwks, "");
        vm.verify();
        assertThat(background).isEmpty();
        assertThat(vm.messageProperty().get())
                .isEqualTo("The token is 16385 characters; a pasted token may be at most 16 KB.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyTokenIsRefusedWithAHint() {
        vm.verify();
        assertThat(background).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Paste a JWT");
    }

    @Test
    void verificationRunsInTheBackgroundAndOnlyTheLatestResultIsShown() {
        fill(tokens.token, tokens.jwks, "2026-01-01T09:05:00Z");
        vm.verify();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.checkRows()).as("nothing verified on the calling thread").isEmpty();
        vm.timeProperty().set("2026-01-01T12:00:00Z");
        vm.verify();
        List<Runnable> jobs = List.copyOf(background);
        background.clear();
        jobs.get(1).run();
        jobs.get(0).run();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(row("jwt.exp").passed()).as("the later request (12:00) wins").isFalse();
    }

    @Test
    void jwtIosSampleVerifiesWithTheSharedSecretTypedForIt() {
        vm.tokenTextProperty().set("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
                + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        vm.secretProperty().set("your-256-bit-secret");
        verifyAndRun();

        assertThat(row("jwt.signature").passed()).isTrue();
        assertThat(row("jwt.signature").reason()).contains("only 19 bytes");
        assertThat(vm.hintProperty().get()).isEmpty();

        vm.secretProperty().set("a-guess");
        verifyAndRun();
        assertThat(row("jwt.signature").passed()).isFalse();
    }

    private void fill(String token, String jwks, String time) {
        vm.tokenTextProperty().set(token);
        vm.jwksTextProperty().set(jwks);
        vm.issuerProperty().set(WorkbenchTokens.ISSUER);
        vm.audienceProperty().set(WorkbenchTokens.AUDIENCE);
        vm.timeProperty().set(time);
    }

    private void verifyAndRun() {
        vm.verify();
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    private CheckRow row(String id) {
        return vm.checkRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private ClaimRow claim(String name) {
        return vm.tokenProperty().get().claims().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
