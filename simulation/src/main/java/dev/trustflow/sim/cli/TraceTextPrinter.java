package dev.trustflow.sim.cli;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A trace for a person: a header, one line per event (seq, virtual time, kind, actor -> target, caption;
 * checks as {@code pass}/{@code FAIL} with their reason, responses with their HTTP status), one indented line
 * per artifact, then the summary.
 */
final class TraceTextPrinter {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    String print(Trace trace) {
        StringBuilder out = new StringBuilder();
        out.append(trace.scenario()).append(": ").append(trace.title())
                .append("  (seed ").append(trace.seed()).append(")\n");
        out.append("options: ").append(trace.options().isEmpty() ? "none" : joined(trace.options())).append('\n');
        out.append(trace.size()).append(trace.size() == 1 ? " event" : " events").append(", virtual time in UTC\n\n");

        int seqWidth = String.valueOf(Math.max(0, trace.size() - 1)).length();
        int kindWidth = trace.events().stream().mapToInt(e -> e.kind().length()).max().orElse(0);
        int whoWidth = trace.events().stream().mapToInt(e -> who(e).length()).max().orElse(0);
        String indent = " ".repeat(seqWidth + 2 + 23 + 2 + kindWidth + 2);
        for (TraceEvent e : trace.events()) {
            out.append(String.format("%" + seqWidth + "d  %s  %-" + kindWidth + "s  %-" + whoWidth + "s  %s%n",
                    e.seq(), TIME.format(e.at()), e.kind(), who(e), what(e)));
            for (Artifact a : e.artifacts()) {
                out.append(indent).append("artifact ").append(a.type()).append(" \"").append(a.label())
                        .append("\" (").append(a.text().length()).append(" chars)\n");
            }
        }
        out.append("\nsummary:");
        if (trace.summary().isEmpty()) {
            out.append(" none");
        }
        out.append('\n');
        trace.summary().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        return out.toString();
    }

    private static String who(TraceEvent e) {
        return e.target() == null ? e.actor() : e.actor() + " -> " + e.target();
    }

    private static String what(TraceEvent e) {
        String line;
        if (e.isCheck()) {
            boolean passed = e.kind().equals(dev.trustflow.sim.trace.EventKinds.CHECK_PASS);
            line = (passed ? "pass " : "FAIL ") + e.check().orElse("?") + ": "
                    + e.text("reason").orElse(e.caption());
        } else {
            line = e.caption();
        }
        if (e.status().isPresent()) {
            line += "  [HTTP " + e.status().get() + "]";
        }
        return line;
    }

    private static String joined(Map<String, Object> options) {
        return options.entrySet().stream()
                .map(o -> o.getKey() + "=" + OptionSpec.toJson(o.getValue()))
                .collect(Collectors.joining(", "));
    }
}
