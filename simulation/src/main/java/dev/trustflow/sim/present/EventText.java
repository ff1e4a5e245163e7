package dev.trustflow.sim.present;

import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The short texts of one event, the same in every view (the stage's packets and gates, the sequence view, the
 * inspector, the Mermaid export): what an arrow or packet says ({@code GET /orders}, {@code 401 Unauthorized},
 * {@code leaked: token}), what a gate or note says (the check id) and how far a clock jump goes ({@code +1 h 30
 * min}, by {@link Durations}). The full caption stays in the trace; these only label the drawing.
 */
public final class EventText {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(204, "No Content"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(409, "Conflict"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"));

    private EventText() {
    }

    /** Whether the event travels between two different actors (an arrow), rather than happening at one. */
    public static boolean isMessage(TraceEvent e) {
        return e.target() != null && !e.target().equals(e.actor()) && !isJump(e);
    }

    public static boolean isJump(TraceEvent e) {
        return EventKinds.CLOCK_JUMP.equals(e.kind());
    }

    public static boolean isLeak(TraceEvent e) {
        return EventKinds.DATA_LEAKED.equals(e.kind());
    }

    public static boolean isAttack(TraceEvent e) {
        return EventKinds.ATTACK_STEP.equals(e.kind());
    }

    /** What an arrow says: the request line, the status, what leaked, the attack step, else the caption. */
    public static String arrow(TraceEvent e) {
        switch (e.kind()) {
            case EventKinds.HTTP_REQUEST:
                return request(e).orElse(firstArtifact(e).orElse(e.caption()));
            case EventKinds.HTTP_RESPONSE:
                return e.status().map(EventText::status).orElse(e.caption());
            case EventKinds.DATA_LEAKED:
                return e.text("what").map(w -> "leaked: " + w).orElse("data leaked");
            case EventKinds.ATTACK_STEP:
                return attack(e);
            case EventKinds.TOKEN_ISSUED:
                return firstArtifact(e).orElse("token issued");
            default:
                return firstArtifact(e).orElse(e.caption());
        }
    }

    /**
     * What a packet travelling between two actors says on the stage: the request line, the status, what leaked,
     * the attack step, the first artifact's label, else nothing (a caption is too long for a packet).
     */
    public static String packet(TraceEvent e) {
        switch (e.kind()) {
            case EventKinds.HTTP_REQUEST:
                return request(e).orElse(firstArtifact(e).orElse(""));
            case EventKinds.DATA_LEAKED:
            case EventKinds.ATTACK_STEP:
                return arrow(e);
            default:
                return e.status().map(EventText::status).orElse(firstArtifact(e).orElse(""));
        }
    }

    /** What a note on one lifeline says: the check id for a check, the step for an attack, else the caption. */
    public static String note(TraceEvent e) {
        if (e.isCheck()) {
            return e.check().orElse(e.kind());
        }
        if (isJump(e)) {
            return jump(e);
        }
        if (isAttack(e)) {
            return attack(e);
        }
        return e.caption();
    }

    /** {@code +10 min} for a clock jump of ten minutes; {@code later} when the event does not say how far. */
    public static String jump(TraceEvent e) {
        Optional<String> by = e.text("by");
        if (by.isEmpty()) {
            return "later";
        }
        try {
            return plus(Duration.parse(by.get()));
        } catch (DateTimeParseException ex) {
            return "later";
        }
    }

    /** {@code 401 Unauthorized}; {@code HTTP 418} for a status without a well-known reason here. */
    public static String status(int code) {
        String reason = REASONS.get(code);
        return reason == null ? "HTTP " + code : code + " " + reason;
    }

    /** A jump as every view shows it: {@link Durations#plus}. */
    public static String plus(Duration d) {
        return Durations.plus(d);
    }

    private static Optional<String> request(TraceEvent e) {
        Optional<String> method = e.text("method");
        Optional<String> path = e.text("path");
        if (method.isEmpty() && path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((method.orElse("") + " " + path.orElse("")).strip());
    }

    private static String attack(TraceEvent e) {
        return e.text("step").or(() -> e.text("technique")).map(s -> "attack: " + s).orElse("attack");
    }

    private static Optional<String> firstArtifact(TraceEvent e) {
        return e.artifacts().isEmpty() ? Optional.empty() : Optional.of(e.artifacts().get(0).label());
    }
}
