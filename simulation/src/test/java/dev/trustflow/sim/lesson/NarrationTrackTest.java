package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrationTrackTest {

    private static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    /** seq 0 request, 1 check.pass, 2 response 200, 3 request, 4 check.fail, 5 response 401. */
    private static Trace trace(Map<String, Object> options) {
        List<TraceEvent> events = new ArrayList<>();
        events.add(event(0, "http.request", "app", "gateway", Map.of("method", "GET")));
        events.add(event(1, "check.pass", "gateway", null, Map.of("check", "jwt.signature")));
        events.add(event(2, "http.response", "gateway", "app", Map.of("status", 200)));
        events.add(event(3, "http.request", "app", "gateway", Map.of("method", "GET")));
        events.add(event(4, "check.fail", "gateway", null, Map.of("check", "jwt.exp")));
        events.add(event(5, "http.response", "gateway", "app", Map.of("status", 401)));
        return new Trace(Trace.FORMAT, "test", "Test", 1, options, null, events, null);
    }

    private static TraceEvent event(int seq, String kind, String actor, String target, Map<String, Object> data) {
        return new TraceEvent(seq, T0.plusSeconds(seq), kind, actor, target, kind, new LinkedHashMap<>(data), null);
    }

    private static NarrationCue cue(String text, String kind, String actor, String check, Integer status) {
        return new NarrationCue(new EventSelector(kind, actor, null, check, status, null), text, 1);
    }

    @Test
    void eachCueBindsToTheFirstMatchAfterThePreviousCuesEvent() {
        NarrationCue request = cue("a request", "http.request", null, null, null);
        NarrationCue secondRequest = cue("another request", "http.request", null, null, null);
        NarrationCue failed = cue("expired", "check.fail", "gateway", "jwt.exp", null);
        NarrationTrack track = NarrationTrack.bind(List.of(request, secondRequest, failed), trace(Map.of()));

        assertThat(track.bindings()).extracting(NarrationTrack.Binding::seq).containsExactly(0, 3, 4);
        assertThat(track.unbound()).isEmpty();
        assertThat(track.seqOf(secondRequest)).isEqualTo(3);
    }

    @Test
    void textAtIsTheLatestCueAtOrBeforeTheStep() {
        NarrationCue ok = cue("accepted", null, null, null, 200);
        NarrationCue denied = cue("denied", null, null, null, 401);
        NarrationTrack track = NarrationTrack.bind(List.of(ok, denied), trace(Map.of()));

        assertThat(track.textAt(0)).isEmpty();
        assertThat(track.textAt(1)).isEmpty();
        assertThat(track.textAt(2)).contains("accepted");
        assertThat(track.textAt(4)).contains("accepted");
        assertThat(track.cueAt(4)).contains(ok);
        assertThat(track.textAt(5)).contains("denied");
        assertThat(track.textAt(99)).contains("denied");
    }

    @Test
    void aCueWithNoLaterMatchStaysUnboundAndDoesNotMoveTheCursor() {
        NarrationCue lateCheck = cue("the exp check", "check.fail", null, "jwt.exp", null);
        NarrationCue earlierCheck = cue("the signature check", "check.pass", null, "jwt.signature", null);
        NarrationCue response = cue("the answer", "http.response", null, null, null);
        NarrationTrack track = NarrationTrack.bind(List.of(lateCheck, earlierCheck, response), trace(Map.of()));

        assertThat(track.unbound()).containsExactly(earlierCheck);
        assertThat(track.bindings()).extracting(NarrationTrack.Binding::cue).containsExactly(lateCheck, response);
        assertThat(track.seqOf(response)).isEqualTo(5);
        assertThat(track.seqOf(earlierCheck)).isEqualTo(-1);
    }

    @Test
    void cuesLimitedToAWhatIfApplyOnlyToRunsWithThatValue() {
        NarrationCue always = cue("a request", "http.request", null, null, null);
        NarrationCue onlyShort = new NarrationCue(new EventSelector("check.fail", null, null, null, null, null),
                "short TTL", 2, Map.of("ttl", "PT5M"));
        NarrationCue onlyRetries = new NarrationCue(new EventSelector("http.response", null, null, null, 401, null),
                "three retries", 3, Map.of("retries", 3L));

        NarrationTrack defaults = NarrationTrack.bind(List.of(always, onlyShort, onlyRetries),
                trace(Map.of("ttl", "PT15M", "retries", 1)));
        assertThat(defaults.bindings()).extracting(NarrationTrack.Binding::cue).containsExactly(always);
        assertThat(defaults.unbound()).isEmpty();

        // A trace read back from JSON holds an Integer where the run held a Long: they still compare equal.
        NarrationTrack whatIf = NarrationTrack.bind(List.of(always, onlyShort, onlyRetries),
                trace(Map.of("ttl", "PT5M", "retries", 3)));
        assertThat(whatIf.bindings()).extracting(NarrationTrack.Binding::seq).containsExactly(0, 4, 5);
        assertThat(whatIf.textAt(4)).contains("short TTL");
    }

    @Test
    void anEmptyNarrationHasNoText() {
        NarrationTrack track = NarrationTrack.bind(List.of(), trace(Map.of()));
        assertThat(track.bindings()).isEmpty();
        assertThat(track.textAt(3)).isEmpty();
    }

    @Test
    void aBoundCuesTextHasItsPlaceholdersFilledFromItsEvent() {
        NarrationCue refused = cue("At {time} the gateway answers {data.status} ({option.ttl}).", "http.response",
                null, null, 401);
        NarrationTrack track = NarrationTrack.bind(List.of(refused), trace(Map.of("ttl", "PT15M")));
        assertThat(track.textAt(5)).contains("At 09:00:05 the gateway answers 401 (15 minutes).");
        assertThat(track.cueAt(5)).contains(refused);
    }
}
