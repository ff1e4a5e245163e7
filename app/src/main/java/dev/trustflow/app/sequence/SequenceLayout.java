package dev.trustflow.app.sequence;

import dev.trustflow.sim.present.EventText;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sequence diagram of a trace holds, without geometry: one column per actor (topology order, then
 * actors only the events name) and one row per event (the row's index is the event's index).
 */
public record SequenceLayout(List<Column> columns, List<Row> rows) {

    /** How a row is drawn. */
    public enum RowKind {
        /** An arrow from one lifeline to another. */
        MESSAGE,
        /** A check's gate on the checker's lifeline. */
        GATE,
        /** A clock jump: a separator across every lifeline. */
        JUMP,
        /** Anything else that happens at one actor. */
        NOTE
    }

    /** The stroke of an arrow: the link's channel, or red for an attack or a leak. */
    public enum Stroke {
        FRONT, BACK, ATTACK, OUT_OF_BAND, LEAK
    }

    public record Column(String actor, String label, ActorKind kind) {
    }

    /**
     * @param from  the column it starts at (the only column for a gate or note; 0 for a jump)
     * @param to    the column it ends at (the last column for a jump)
     * @param alarm drawn in the danger colour: a failed check, an attack, a leak
     * @param text  the short label on the drawing
     */
    public record Row(int seq, RowKind kind, int from, int to, Stroke stroke, boolean alarm, String text,
                      String caption) {
    }

    private static final Set<String> ALARMS = Set.of(EventKinds.CHECK_FAIL, EventKinds.ATTACK_STEP,
            EventKinds.DATA_LEAKED, EventKinds.NODE_COMPROMISED, EventKinds.ALERT_RAISED, EventKinds.TLS_ALERT);

    public SequenceLayout {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static SequenceLayout empty() {
        return new SequenceLayout(List.of(), List.of());
    }

    public static SequenceLayout of(Trace trace) {
        if (trace == null) {
            return empty();
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Actor a : trace.topology().actors()) {
            columns.put(a.id(), new Column(a.id(), a.label(), a.kind()));
        }
        for (TraceEvent e : trace.events()) {
            columns.computeIfAbsent(e.actor(), id -> new Column(id, id, ActorKind.SERVICE));
            if (e.target() != null) {
                columns.computeIfAbsent(e.target(), id -> new Column(id, id, ActorKind.SERVICE));
            }
        }
        List<String> order = new ArrayList<>(columns.keySet());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            rows.add(row(trace, i, order));
        }
        return new SequenceLayout(new ArrayList<>(columns.values()), rows);
    }

    private static Row row(Trace trace, int index, List<String> order) {
        TraceEvent e = trace.event(index);
        int at = order.indexOf(e.actor());
        boolean alarm = ALARMS.contains(e.kind());
        if (EventText.isJump(e)) {
            return new Row(index, RowKind.JUMP, 0, order.size() - 1, Stroke.BACK, false, EventText.jump(e),
                    e.caption());
        }
        if (EventText.isMessage(e)) {
            return new Row(index, RowKind.MESSAGE, at, order.indexOf(e.target()), stroke(trace, e), alarm,
                    EventText.arrow(e), e.caption());
        }
        RowKind kind = e.isCheck() ? RowKind.GATE : RowKind.NOTE;
        return new Row(index, kind, at, at, Stroke.BACK, alarm, EventText.note(e), e.caption());
    }

    private static Stroke stroke(Trace trace, TraceEvent e) {
        if (EventText.isLeak(e)) {
            return Stroke.LEAK;
        }
        if (EventText.isAttack(e)) {
            return Stroke.ATTACK;
        }
        Channel channel = trace.topology().link(e.actor(), e.target()).map(Link::channel).orElse(Channel.BACK);
        switch (channel) {
            case FRONT:
                return Stroke.FRONT;
            case ATTACK:
                return Stroke.ATTACK;
            case OUT_OF_BAND:
                return Stroke.OUT_OF_BAND;
            default:
                return Stroke.BACK;
        }
    }
}
