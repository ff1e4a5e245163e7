package dev.trustflow.sim.tls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One handshake message of a {@link HandshakeRecording} as it crossed the wire, for the trace: the message's own
 * bytes, the records that carried it, and the key schedule as it stood once the message was handled. Everything is
 * copied from the recording; nothing is computed but the grouping. Serialised as compact JSON ({@link #toJson()},
 * read back by {@link #parse(String)}), so one data value on a {@code tls.message} holds it.
 *
 * @param message     the message's TLS name ({@code client_hello}, …)
 * @param from        {@code client} or {@code server}
 * @param bytes       the whole message in hex, its 4-byte header included
 * @param records     the records that carried it, in wire order
 * @param keySchedule the secrets derived so far, in the order first derived
 */
public record HandshakeSlice(String message, String from, String bytes, List<Carrier> records,
                             List<Secret> keySchedule) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    public HandshakeSlice {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(bytes, "bytes");
        records = List.copyOf(records);
        keySchedule = List.copyOf(keySchedule);
    }

    /**
     * A record on the wire that carried the message.
     *
     * @param index       its position among all records of the connection, from 0
     * @param from        {@code client} or {@code server}
     * @param contentType its outer content type ({@code handshake}, or {@code application_data} when encrypted)
     * @param encrypted   whether it is protected
     * @param bytes       the record in hex, 5-byte header included
     * @param completes   the messages whose last byte it carried, in order (more than one: they shared it)
     */
    public record Carrier(int index, String from, String contentType, boolean encrypted, String bytes,
                          List<String> completes) {
        public Carrier {
            completes = List.copyOf(completes);
        }
    }

    /**
     * A secret of the key schedule.
     *
     * @param label     its SSLKEYLOGFILE label
     * @param value     its value in hex
     * @param derivedBy the endpoints that had derived it ({@code client}, {@code server})
     * @param protects  the messages of this connection its keys protected ({@code server: certificate, …}), or
     *                  that side's application data for the application traffic secrets; empty for the exporter
     */
    public record Secret(String label, String value, List<String> derivedBy, String protects) {
        public Secret {
            derivedBy = List.copyOf(derivedBy);
        }
    }

    /** Message {@code index} of {@code recording}, with its carriers and the secrets derived once it was handled. */
    public static HandshakeSlice of(HandshakeRecording recording, int index) {
        HandshakeMessage m = recording.messages().get(index);
        List<Carrier> carriers = new ArrayList<>();
        for (int r : recording.carriers(index)) {
            WireRecord record = recording.records().get(r);
            carriers.add(new Carrier(r, side(record.from()), record.contentType(), record.encrypted(),
                    HEX.formatHex(record.bytes()),
                    recording.completedBy(r).stream().map(i -> recording.messages().get(i).type()).toList()));
        }
        return new HandshakeSlice(m.type(), side(m.from()), HEX.formatHex(m.bytes()), carriers,
                keySchedule(recording, index + 1));
    }

    /** The secrets derived by the time {@code received} messages had been received, one entry per value. */
    static List<Secret> keySchedule(HandshakeRecording recording, int received) {
        Map<String, List<String>> sides = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (DerivedSecret derived : recording.derivations()) {
            if (derived.afterMessages() > received) {
                continue;
            }
            String value = HEX.formatHex(derived.secret().secret());
            String key = derived.label() + " " + value;
            labels.put(key, derived.label());
            sides.computeIfAbsent(key, k -> new ArrayList<>()).add(side(derived.side()));
        }
        List<Secret> secrets = new ArrayList<>();
        sides.forEach((key, by) -> {
            String label = labels.get(key);
            secrets.add(new Secret(label, key.substring(label.length() + 1), by.stream().sorted().toList(),
                    protects(recording, label)));
        });
        return secrets;
    }

    /**
     * What the keys from a traffic secret protected in this connection, read from the recording: a handshake
     * traffic secret protects its side's messages that travelled in encrypted records up to that side's Finished;
     * an application traffic secret protects its side's later messages and the application data.
     */
    static String protects(HandshakeRecording recording, String label) {
        Side side;
        boolean handshake;
        switch (label) {
            case TrafficSecret.CLIENT_HANDSHAKE -> { side = Side.CLIENT; handshake = true; }
            case TrafficSecret.SERVER_HANDSHAKE -> { side = Side.SERVER; handshake = true; }
            case TrafficSecret.CLIENT_APPLICATION -> { side = Side.CLIENT; handshake = false; }
            case TrafficSecret.SERVER_APPLICATION -> { side = Side.SERVER; handshake = false; }
            default -> {
                return "";
            }
        }
        List<String> protectedMessages = new ArrayList<>();
        boolean finished = false;
        for (int i = 0; i < recording.messages().size(); i++) {
            HandshakeMessage m = recording.messages().get(i);
            if (m.from() != side) {
                continue;
            }
            boolean encrypted = recording.carriers(i).stream().anyMatch(r -> recording.records().get(r).encrypted());
            if (encrypted && handshake != finished) {
                protectedMessages.add(m.type());
            }
            finished |= m.type().equals("finished");
        }
        String messages = protectedMessages.isEmpty() ? "" : side(side) + ": " + String.join(", ", protectedMessages);
        if (handshake) {
            return messages;
        }
        String data = side(side) + "'s application data";
        return messages.isEmpty() ? data : messages + "; " + data;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a handshake slice is plain data: " + e.getMessage(), e);
        }
    }

    /** Reads a slice written by {@link #toJson()}. */
    public static HandshakeSlice parse(String json) throws JsonProcessingException {
        return JSON.readValue(json, HandshakeSlice.class);
    }

    private static String side(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }
}
