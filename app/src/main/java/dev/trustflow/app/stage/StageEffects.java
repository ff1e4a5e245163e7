package dev.trustflow.app.stage;

import dev.trustflow.app.stage.StageEffect.PacketKind;
import dev.trustflow.sim.present.EventText;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Maps trace events to what the stage draws. Pure: no JavaFX. */
public final class StageEffects {

    private StageEffects() {
    }

    public static List<StageEffect> of(TraceEvent e) {
        List<StageEffect> effects = new ArrayList<>();
        if (e.isCheck()) {
            effects.add(new StageEffect.Gate(e.actor(), e.check().orElse("?"), EventKinds.CHECK_PASS.equals(e.kind())));
            return effects;
        }
        if (EventKinds.CLOCK_JUMP.equals(e.kind())) {
            effects.add(new StageEffect.ClockJump(jumpText(e)));
            return effects;
        }
        if (isAlarm(e.kind())) {
            effects.add(new StageEffect.Alarm(e.actor(), alarmLabel(e.kind())));
        }
        if (e.target() != null && !e.target().equals(e.actor())) {
            int status = e.status().orElse(0);
            effects.add(new StageEffect.Packet(e.actor(), e.target(), packetKind(e), packetLabel(e),
                    "packet-" + e.kind().replace('.', '-'), status >= 400));
        }
        return effects;
    }

    /** Actors compromised or leaking at or before {@code cursor}: they stay red. */
    public static Set<String> compromised(Trace trace, int cursor) {
        Set<String> actors = new LinkedHashSet<>();
        if (trace == null) {
            return actors;
        }
        for (int i = 0; i <= cursor && i < trace.size(); i++) {
            TraceEvent e = trace.event(i);
            if (isAlarm(e.kind())) {
                actors.add(e.actor());
            }
        }
        return actors;
    }

    static boolean isAlarm(String kind) {
        return EventKinds.DATA_LEAKED.equals(kind) || EventKinds.NODE_COMPROMISED.equals(kind);
    }

    static String alarmLabel(String kind) {
        return EventKinds.DATA_LEAKED.equals(kind) ? "Data leaked" : "Compromised";
    }

    static PacketKind packetKind(TraceEvent e) {
        String kind = e.kind();
        if (kind.startsWith("tls.")) {
            return PacketKind.LOCK;
        }
        if (EventKinds.CERT_ISSUED.equals(kind) || hasArtifact(e, Artifact.PEM_CERTIFICATE)) {
            return PacketKind.CERTIFICATE;
        }
        if (EventKinds.TOKEN_ISSUED.equals(kind)
                || EventKinds.HTTP_RESPONSE.equals(kind) && hasArtifact(e, Artifact.JWT)) {
            return PacketKind.KEY;
        }
        return PacketKind.ENVELOPE;
    }

    static String packetLabel(TraceEvent e) {
        return EventText.packet(e);
    }

    static String jumpText(TraceEvent e) {
        return EventText.jump(e);
    }

    private static boolean hasArtifact(TraceEvent e, String type) {
        return e.artifacts().stream().anyMatch(a -> a.type().equals(type));
    }
}
