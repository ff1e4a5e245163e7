package dev.trustflow.app.handshake;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code tls.message}'s handshake data ({@link HandshakeSlice}) into what the view shows. Pure Java; it
 * parses JSON and formats hex, so it runs off the FX thread.
 */
final class HandshakeDisplays {

    /** Shown this many hex digits of a secret; the copy button gives the rest. */
    static final int SHORT_SECRET = 16;
    private static final String ARROW = " \u2192 ";
    /** Data keys that are not fields of the message. */
    private static final Set<String> NOT_FIELDS = Set.of("message", DataKeys.HANDSHAKE);

    private HandshakeDisplays() {
    }

    /** Empty when the event carries no handshake data. */
    static Optional<HandshakeDisplay> of(TraceEvent event) throws JsonProcessingException {
        Optional<String> json = event.text(DataKeys.HANDSHAKE);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        HandshakeSlice slice = HandshakeSlice.parse(json.get());
        List<FieldRow> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : event.data().entrySet()) {
            if (!NOT_FIELDS.contains(e.getKey())) {
                String value = String.valueOf(e.getValue());
                fields.add(new FieldRow(e.getKey().replace('_', ' '), value.isEmpty() ? "(empty)" : value));
            }
        }
        List<RecordDump> records = slice.records().stream().map(HandshakeDisplays::record).toList();
        List<SecretRow> secrets = slice.keySchedule().stream().map(HandshakeDisplays::secret).toList();
        return Optional.of(new HandshakeDisplay(slice.message() + " \u00b7 " + slice.from() + ARROW
                + other(slice.from()), MessagePurposes.of(slice.message()), fields, records,
                HexDump.of(slice.bytes()), secrets));
    }

    private static RecordDump record(HandshakeSlice.Carrier carrier) {
        int size = carrier.bytes().length() / 2;
        String title = "record " + carrier.index() + " \u00b7 " + carrier.from() + ARROW + other(carrier.from())
                + " \u00b7 " + carrier.contentType() + " \u00b7 " + size + " bytes";
        String note = carrier.encrypted() ? "encrypted \u2014 an observer sees only this"
                : "in the clear \u2014 anyone on the path reads it";
        if (carrier.completes().size() > 1) {
            note += "; carried in record " + carrier.index() + " together with "
                    + String.join(", ", carrier.completes());
        }
        return new RecordDump(title, note, carrier.encrypted(), HexDump.of(carrier.bytes()), HexDump.lines(size));
    }

    private static SecretRow secret(HandshakeSlice.Secret secret) {
        String value = secret.value();
        String shortened = value.length() <= SHORT_SECRET ? value : value.substring(0, SHORT_SECRET) + "\u2026";
        String protects = secret.protects().isEmpty()
                ? "nothing on the wire: keys the application may export (RFC 8446 section 7.5)" : secret.protects();
        return new SecretRow(secret.label(), shortened, value, String.join(" and ", secret.derivedBy()), protects);
    }

    private static String other(String side) {
        return "client".equals(side) ? "server" : "client";
    }
}
