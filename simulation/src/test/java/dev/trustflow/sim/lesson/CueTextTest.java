package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders in a cue's text, filled from the event it is bound to and the run's options. */
class CueTextTest {

    private static final Instant AT = Instant.parse("2026-01-01T09:10:00Z");
    private static final long IAT = Instant.parse("2026-01-01T09:00:00Z").getEpochSecond();

    private static String jwt(long iat, long exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"sub\":\"alice\",\"iat\":" + iat + ",\"exp\":" + exp + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJl";
    }

    private static TraceEvent event(Map<String, Object> data, List<Artifact> artifacts) {
        return new TraceEvent(7, AT, "token.issued", "auth-server", "app", "issued", new LinkedHashMap<>(data),
                artifacts);
    }

    @Test
    void timeDataClaimsLifetimeAndOptionsReadAsASentenceSaysThem() {
        TraceEvent e = event(Map.of("status", 200, "expires", "2026-01-01T09:15:00.200Z", "wait", "PT2H"),
                List.of(Artifact.jwt("access token", jwt(IAT, IAT + 15 * 60))));
        CueText.Filled filled = CueText.fill("{time}: {data.status}, until {data.expires} ({data.wait}); sub "
                + "{claim.sub}, exp {claim.exp}, valid for {lifetime}; access {option.access-ttl}, rotation "
                + "{option.rotation}.", e, Map.of("access-ttl", "PT5M", "rotation", true));
        assertThat(filled.problems()).isEmpty();
        assertThat(filled.text()).isEqualTo("09:10: 200, until 09:15 (2 hours); sub alice, exp 09:15, valid for "
                + "15 minutes; access 5 minutes, rotation on.");
    }

    @Test
    void aTimeOffTheWholeMinuteKeepsItsSeconds() {
        TraceEvent e = event(Map.of(), List.of(Artifact.jwt("t", jwt(IAT, IAT + 30))));
        assertThat(CueText.fill("exp {claim.exp}, {lifetime}", e, Map.of()).text()).isEqualTo("exp 09:00:30, 30 seconds");
    }

    @Test
    void whatTheEventCannotFillIsNamedAndKeptOnScreen() {
        TraceEvent e = event(Map.of("status", 401), List.of(Artifact.text("refresh token", "opaque")));
        CueText.Filled filled = CueText.fill("{data.reason} {claim.exp} {option.ttl}", e, Map.of());
        assertThat(filled.ok()).isFalse();
        assertThat(filled.problems()).hasSize(3);
        assertThat(filled.problems().get(0)).contains("{data.reason}", "event #7 (token.issued by auth-server)",
                "has no data 'reason' (it has: status)");
        assertThat(filled.problems().get(1)).contains("carries no JWT (artifacts: refresh token)");
        assertThat(filled.problems().get(2)).contains("no option 'ttl'");
        assertThat(CueText.fillOrKeep("{data.status} {data.reason}", e, Map.of())).isEqualTo("401 {data.reason}");
    }

    @Test
    void onlyBracedNamesArePlaceholdersAndUnknownNamesAreProblems() {
        assertThat(CueText.placeholders("a {time} b {data.x} c {\"alg\": \"none\"} d {}")).containsExactly("time",
                "data.x");
        assertThat(CueText.problemsIn("{tme} {option.nope} {claim.exp}", List.of("ttl")))
                .satisfiesExactly(p -> assertThat(p).contains("unknown placeholder {tme}", "did you mean 'time'?"),
                        p -> assertThat(p).contains("no option 'nope'", "options: ttl"));
    }
}
