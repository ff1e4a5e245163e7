package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.stage.StageEffect.PacketKind;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageEffectsTest {

    private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

    private static TraceEvent event(String kind, String actor, String target, Map<String, Object> data,
                                    List<Artifact> artifacts) {
        return new TraceEvent(0, AT, kind, actor, target, "caption", data, artifacts);
    }

    @Test
    void aRequestIsAnEnvelopeLabelledWithMethodAndPath() {
        List<StageEffect> effects = StageEffects.of(event("http.request", "alice", "gw",
                Map.of("method", "GET", "path", "/orders/1002"), List.of(Artifact.jwt("access token", "e.y.j"))));
        assertThat(effects).containsExactly(new StageEffect.Packet("alice", "gw", PacketKind.ENVELOPE,
                "GET /orders/1002", "packet-http-request", false));
    }

    @Test
    void aRefusingResponseIsMarkedFailed() {
        StageEffect.Packet p = (StageEffect.Packet) StageEffects.of(
                event("http.response", "gw", "alice", Map.of("status", 401), List.of())).get(0);
        assertThat(p.label()).isEqualTo("401 Unauthorized");
        assertThat(p.failed()).isTrue();
        assertThat(p.styleClass()).isEqualTo("packet-http-response");
    }

    @Test
    void tokensAreKeysTlsIsALockCertificatesAreCertificates() {
        assertThat(kind(event("token.issued", "as", "app", Map.of(), List.of()))).isEqualTo(PacketKind.KEY);
        assertThat(kind(event("http.response", "as", "app", Map.of("status", 200),
                List.of(Artifact.jwt("access token", "a.b.c"))))).isEqualTo(PacketKind.KEY);
        assertThat(kind(event("tls.message", "client", "server", Map.of(), List.of()))).isEqualTo(PacketKind.LOCK);
        assertThat(kind(event("cert.issued", "ca", "svc", Map.of(), List.of()))).isEqualTo(PacketKind.CERTIFICATE);
        assertThat(kind(event("message.sent", "a", "b", Map.of(), List.of()))).isEqualTo(PacketKind.ENVELOPE);
    }

    @Test
    void aCheckIsAGateWithItsReason() {
        assertThat(StageEffects.of(event("check.fail", "gw", null,
                Map.of("check", "jwt.exp", "passed", false, "reason", "expired at 09:15"), List.of())))
                .containsExactly(new StageEffect.Gate("gw", "jwt.exp", false));
        assertThat(StageEffects.of(event("check.pass", "gw", null, Map.of("check", "jwt.alg"), List.of())))
                .containsExactly(new StageEffect.Gate("gw", "jwt.alg", true));
    }

    @Test
    void aClockJumpSaysHowMuchTimePassed() {
        assertThat(StageEffects.of(event("clock.jump", "alice", null, Map.of("by", "PT20M"), List.of())))
                .containsExactly(new StageEffect.ClockJump("+20 min"));
        assertThat(StageEffects.of(event("clock.jump", "alice", null, Map.of("by", "soon"), List.of())))
                .containsExactly(new StageEffect.ClockJump("later"));
    }

    @Test
    void aLeakIsAnAlarmAndAPacketToWhoeverGotTheData() {
        assertThat(StageEffects.of(event("data.leaked", "orders", "mallory", Map.of(), List.of())))
                .containsExactly(new StageEffect.Alarm("orders", "Data leaked"),
                        new StageEffect.Packet("orders", "mallory", PacketKind.ENVELOPE, "data leaked", "packet-data-leaked",
                                false));
        assertThat(StageEffects.of(event("node.compromised", "db", null, Map.of(), List.of())))
                .containsExactly(new StageEffect.Alarm("db", "Compromised"));
    }

    @Test
    void anEventWithoutTargetDrawsNothing() {
        assertThat(StageEffects.of(event("note", "alice", null, Map.of(), List.of()))).isEmpty();
    }

    @Test
    void compromisedActorsStayRedAfterTheirAlarm() {
        Trace base = Traces.courier();
        List<TraceEvent> events = new java.util.ArrayList<>(base.events());
        events.add(new TraceEvent(events.size(), events.get(events.size() - 1).at(), "node.compromised", "payments",
                null, "Payments is compromised", Map.of(), List.of()));
        Trace trace = new Trace(Trace.FORMAT, base.scenario(), base.title(), base.seed(), base.options(),
                base.topology(), events, base.summary());
        assertThat(StageEffects.compromised(trace, trace.size() - 2)).isEmpty();
        assertThat(StageEffects.compromised(trace, trace.size() - 1)).containsExactly("payments");
        assertThat(StageEffects.compromised(null, 3)).isEmpty();
    }

    private static PacketKind kind(TraceEvent e) {
        return ((StageEffect.Packet) StageEffects.of(e).get(0)).kind();
    }
}
