package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckExplanations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorViewModelTest {

    private final InspectorFixture run = new InspectorFixture();
    private final List<String> copied = new ArrayList<>();
    private final List<Runnable> backgroundJobs = new ArrayList<>();
    private final InspectorViewModel vm = new InspectorViewModel(CheckExplanations.bundled(), backgroundJobs::add,
            Runnable::run, copied::add);

    @Test
    void summarisesTheEventWithActorLabelsAndVirtualTime() {
        vm.show(run.trace, run.trace.event(run.request));

        EventSummary summary = vm.summaryProperty().get();
        assertThat(summary.kind()).isEqualTo("http.request");
        assertThat(summary.route()).isEqualTo("Alice's app \u2192 API gateway");
        assertThat(summary.time()).isEqualTo("2026-01-01 09:20:00 UTC");
        assertThat(summary.caption()).contains("GET /orders/1001");
        assertThat(vm.dataRows()).containsExactly(new DataRow("method", "GET"), new DataRow("path", "/orders/1001"),
                new DataRow("channel", "front"), new DataRow("protection", "plain"));
        assertThat(vm.hasEventProperty().get()).isTrue();
    }

    @Test
    void decodesTheJwtArtifactWithClaimNotesRelativeToTheEvent() {
        vm.show(run.trace, run.trace.event(run.request));

        assertThat(vm.artifacts()).extracting(Artifact::label).containsExactly("access token");
        assertThat(vm.rawTextProperty().get()).isEqualTo(run.token);
        TokenDisplay token = vm.tokenProperty().get();
        assertThat(token).isNotNull();
        assertThat(token.alg()).isEqualTo("ES256");
        assertThat(token.headerPart() + "." + token.payloadPart() + "." + token.signaturePart()).isEqualTo(run.token);
        assertThat(token.headerJson()).contains("\"typ\" : \"at+jwt\"", "\"kid\" : \"auth-es256\"");
        assertThat(token.payloadJson()).contains("\"sub\" : \"alice\"");
        assertThat(token.signatureLength()).isEqualTo(64);
        assertThat(token.claims()).extracting(ClaimRow::name).contains("iss", "sub", "aud", "exp", "iat", "scope");
        assertThat(claim(token, "exp").value()).startsWith("2026-01-01 09:15:00 UTC (");
        assertThat(claim(token, "exp").note()).isEqualTo("expired 5 min before this event");
        assertThat(claim(token, "iat").note()).isEqualTo("issued 20 min before this event");
        assertThat(claim(token, "nbf").note()).isEqualTo("valid since 20 min before this event");
        assertThat(claim(token, "aud").note()).startsWith("audience");
        assertThat(vm.tokenProblemProperty().get()).isEmpty();
    }

    @Test
    void theSameTokenAtIssueTimeIsNotYetExpired() {
        vm.show(run.trace, run.trace.event(run.issued));
        assertThat(claim(vm.tokenProperty().get(), "exp").note()).isEqualTo("expires 15 min after this event");
        assertThat(vm.artifacts()).hasSize(2);
    }

    @Test
    void selectingANonJwtArtifactShowsItRawOnly() {
        vm.show(run.trace, run.trace.event(run.issued));
        vm.selectedArtifactProperty().set(vm.artifacts().get(1));
        assertThat(vm.rawTextProperty().get()).contains("\"kty\":\"EC\"");
        assertThat(vm.tokenProperty().get()).isNull();
        assertThat(vm.tokenProblemProperty().get()).isEmpty();
    }

    @Test
    void aJwtArtifactThatIsGarbageGetsAMessageNotAnException() {
        var broken = withRequestArtifact(Artifact.jwt("forged token", "not-a-jwt"));
        vm.show(broken, broken.event(run.request));
        assertThat(vm.tokenProperty().get()).isNull();
        assertThat(vm.tokenProblemProperty().get())
                .isEqualTo("This forged token cannot be decoded as a JWT: not three dot-separated parts"
                        + " (header.payload.signature).");
        assertThat(vm.rawTextProperty().get()).isEqualTo("not-a-jwt");
    }

    @Test
    void onACheckTheReportIsTheWholeRunWithTheCurrentOneMarked() {
        vm.show(run.trace, run.trace.event(run.expCheck));

        List<CheckRow> rows = vm.checkRows();
        assertThat(rows).extracting(CheckRow::id).containsExactly("jwt.format", "jwt.alg", "jwt.kid",
                "jwt.signature", "jwt.typ", "jwt.iss", "jwt.aud", "jwt.exp", "jwt.nbf", "jwt.claims");
        CheckRow exp = rows.get(7);
        assertThat(exp.current()).isTrue();
        assertThat(exp.passed()).isFalse();
        assertThat(exp.reason()).startsWith("expired at");
        assertThat(rows).filteredOn(CheckRow::current).hasSize(1);
        assertThat(rows.get(3).passed()).as("signature really verified").isTrue();
        assertThat(rows.subList(0, 7)).noneMatch(CheckRow::ahead);
        assertThat(rows.subList(8, 10)).allMatch(CheckRow::ahead);
        assertThat(vm.selectedCheckProperty().get()).isEqualTo(exp);
        assertThat(vm.explanationMarkdownProperty().get()).contains("RFC 7519 section 4.1.4");
    }

    @Test
    void everyCheckRowCarriesItsExplanation() {
        vm.show(run.trace, run.trace.event(run.firstCheck));
        assertThat(vm.checkRows()).allSatisfy(row -> {
            assertThat(row.explanation()).as(row.id()).isNotNull();
            assertThat(row.explanation().id()).isEqualTo(row.id());
        });
        vm.selectCheck(vm.checkRows().get(1));
        assertThat(vm.explanationMarkdownProperty().get()).contains("RFC 8725 section 3.1");
    }

    @Test
    void onTheRequestTheReportIsTheChecksItsTargetRunsNext() {
        vm.show(run.trace, run.trace.event(run.request));
        assertThat(vm.checkRows()).hasSize(10).allMatch(CheckRow::ahead).noneMatch(CheckRow::current);
        assertThat(vm.selectedCheckProperty().get()).isNull();
    }

    @Test
    void onTheResponseTheReportIsTheChecksBeforeIt() {
        vm.show(run.trace, run.trace.event(run.response));
        assertThat(vm.checkRows()).hasSize(10).noneMatch(CheckRow::ahead);
        assertThat(vm.dataRows()).containsExactly(new DataRow("status", "401"), new DataRow("channel", "front"));
    }

    @Test
    void otherEventsHaveNoCheckReport() {
        vm.show(run.trace, run.trace.event(run.jump));
        assertThat(vm.checkRows()).isEmpty();
        assertThat(vm.artifacts()).isEmpty();
        assertThat(vm.rawTextProperty().get()).isEmpty();
    }

    @Test
    void copyPutsTheRawArtifactOnTheClipboard() {
        vm.show(run.trace, run.trace.event(run.request));
        vm.copyRaw();
        assertThat(copied).containsExactly(run.token);
        assertThat(vm.statusProperty().get()).isEqualTo("Copied the access token to the clipboard.");
    }

    @Test
    void saveWritesOffTheCallingThreadThroughATempFile(@TempDir Path dir) throws Exception {
        vm.show(run.trace, run.trace.event(run.request));
        assertThat(vm.suggestedFileName()).isEqualTo("access-token.jwt");
        Path target = dir.resolve(vm.suggestedFileName());

        vm.saveRaw(target);
        assertThat(vm.savingProperty().get()).isTrue();
        assertThat(target).doesNotExist();
        backgroundJobs.forEach(Runnable::run);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(run.token);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Saved the access token to ");
    }

    @Test
    void aFailedSaveIsAMessage(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        vm.show(run.trace, run.trace.event(run.request));
        vm.saveRaw(blocker.resolve("inside-a-file.jwt"));
        backgroundJobs.forEach(Runnable::run);
        assertThat(vm.statusProperty().get()).startsWith("Could not save ");
    }

    @Test
    void clearShowsNothing() {
        vm.show(run.trace, run.trace.event(run.expCheck));
        vm.clear();
        assertThat(vm.summaryProperty().get()).isEqualTo(EventSummary.NONE);
        assertThat(vm.checkRows()).isEmpty();
        assertThat(vm.tokenProperty().get()).isNull();
        assertThat(vm.hasEventProperty().get()).isFalse();
        vm.copyRaw();
        assertThat(copied).isEmpty();
    }

    private dev.trustflow.sim.trace.Trace withRequestArtifact(Artifact artifact) {
        var events = new ArrayList<>(run.trace.events());
        var e = events.get(run.request);
        events.set(run.request, new dev.trustflow.sim.trace.TraceEvent(e.seq(), e.at(), e.kind(), e.actor(),
                e.target(), e.caption(), e.data(), List.of(artifact)));
        var t = run.trace;
        return new dev.trustflow.sim.trace.Trace(t.format(), t.scenario(), t.title(), t.seed(), t.options(),
                t.topology(), events, t.summary());
    }

    private static ClaimRow claim(TokenDisplay token, String name) {
        return token.claims().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsAPresentedChainOffTheFxThreadAndMarksTheRefusedCertificate() {
        Trace wrongHost = TlsRuns.tls("wrong-host");
        TraceEvent message = TlsRuns.certificateMessage(wrongHost);

        vm.show(wrongHost, message);
        assertThat(vm.chainRows()).as("nothing until the background job ran").isEmpty();
        runBackgroundJobs();

        assertThat(vm.chainRows()).hasSize(message.artifacts().size());
        assertThat(vm.chainRows().get(0).failure().failure()).isEqualTo("NAME_MISMATCH");
        assertThat(vm.chainRows().get(0).certificate().subjectAltNames()).contains("DNS www.bank.example");
        vm.selectCertificate(vm.chainRows().get(1));
        assertThat(vm.selectedArtifactProperty().get()).isEqualTo(message.artifacts().get(1));
        vm.copyRaw();
        assertThat(copied).containsExactly(message.artifacts().get(1).text());
    }

    @Test
    void aChainReadForAnEventNoLongerShownIsDropped() {
        Trace valid = TlsRuns.tls("valid");
        vm.show(valid, TlsRuns.certificateMessage(valid));
        vm.show(run.trace, run.trace.event(run.request));

        runBackgroundJobs();

        assertThat(vm.chainRows()).isEmpty();
    }

    private void runBackgroundJobs() {
        List<Runnable> jobs = new ArrayList<>(backgroundJobs);
        backgroundJobs.clear();
        jobs.forEach(Runnable::run);
    }
}
