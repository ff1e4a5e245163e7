package dev.trustflow.sim.export;

import dev.trustflow.sim.present.EventText;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace as Mermaid {@code sequenceDiagram} text: one participant per actor (topology order, then any actor
 * only the events name), one arrow per message ({@code ->>} back channel and attacks, {@code -->>} front
 * channel and out of band, {@code -x}/{@code --x} for a leak), {@code Note over} for checks, clock jumps
 * (spanning every lifeline) and other events at one actor. Every text goes through {@link MermaidText}.
 */
public final class MermaidSequence {

    /** How long an arrow's or a note's text may get before it is cut with an ellipsis. */
    static final int MAX_TEXT = 80;
    private static final String INDENT = "    ";

    private MermaidSequence() {
    }

    public static String render(Trace trace) {
        Map<String, String> ids = participants(trace);
        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        out.append(INDENT).append("%% TrustFlow trace of '").append(MermaidText.escape(trace.scenario()))
                .append("', seed ").append(trace.seed()).append(", ").append(trace.size()).append(" events\n");
        out.append(INDENT).append("title ").append(MermaidText.escape(trace.title())).append('\n');
        ids.forEach((actor, id) -> out.append(INDENT).append("participant ").append(id).append(" as ")
                .append(MermaidText.escape(label(trace, actor))).append('\n'));
        String first = ids.values().iterator().hasNext() ? ids.values().iterator().next() : null;
        String last = ids.values().stream().reduce((a, b) -> b).orElse(null);
        for (TraceEvent e : trace.events()) {
            out.append(INDENT).append(line(trace, e, ids, first, last)).append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #render(Trace)} as UTF-8 to a temporary file beside {@code file}, then moves it into place. */
    public static Path write(Trace trace, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, render(trace), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    private static String line(Trace trace, TraceEvent e, Map<String, String> ids, String first, String last) {
        String actor = ids.get(e.actor());
        if (EventText.isMessage(e)) {
            return actor + arrow(trace, e) + ids.get(e.target()) + ": " + text(EventText.arrow(e));
        }
        if (EventText.isJump(e)) {
            String span = first.equals(last) ? first : first + "," + last;
            return "Note over " + span + ": " + text(EventText.jump(e) + " " + e.caption());
        }
        if (e.isCheck()) {
            boolean failed = EventKinds.CHECK_FAIL.equals(e.kind());
            String verdict = failed ? "FAIL " : "pass ";
            String reason = failed ? e.text("reason").map(r -> ": " + r).orElse("") : "";
            return "Note over " + actor + ": " + text(verdict + EventText.note(e) + reason);
        }
        return "Note right of " + actor + ": " + text(EventText.note(e));
    }

    private static String arrow(Trace trace, TraceEvent e) {
        Channel channel = trace.topology().link(e.actor(), e.target()).map(Link::channel).orElse(Channel.BACK);
        boolean dashed = channel == Channel.FRONT || channel == Channel.OUT_OF_BAND;
        if (EventText.isLeak(e)) {
            return dashed ? "--x" : "-x";
        }
        return dashed ? "-->>" : "->>";
    }

    private static String text(String raw) {
        String flat = raw.strip().replaceAll("\\s+", " ");
        String cut = flat.length() > MAX_TEXT ? flat.substring(0, MAX_TEXT - 1).strip() + "…" : flat;
        return MermaidText.escape(cut);
    }

    /** Actor id to a Mermaid participant id: {@code p_} and the id's letters and digits, unique. */
    static Map<String, String> participants(Trace trace) {
        List<String> actors = new ArrayList<>();
        trace.topology().actors().forEach(a -> actors.add(a.id()));
        for (TraceEvent e : trace.events()) {
            addIfNew(actors, e.actor());
            if (e.target() != null) {
                addIfNew(actors, e.target());
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String actor : actors) {
            String base = "p_" + actor.replaceAll("[^A-Za-z0-9]", "_");
            String id = base;
            for (int n = 2; ids.containsValue(id); n++) {
                id = base + "_" + n;
            }
            ids.put(actor, id);
        }
        return ids;
    }

    private static void addIfNew(List<String> actors, String id) {
        if (!actors.contains(id)) {
            actors.add(id);
        }
    }

    private static String label(Trace trace, String actor) {
        return trace.topology().actor(actor).map(Actor::label).orElse(actor);
    }
}
