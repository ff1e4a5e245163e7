package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.PathValidation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what both endpoints of one connection observed, in the order they observed it. */
final class HandshakeObserver {

    /** The receiver is reading no record: a message observed then has no carrier. */
    static final int NO_RECORD = -1;

    private final List<HandshakeMessage> messages = new ArrayList<>();
    private final List<Integer> completedIn = new ArrayList<>();
    private final List<DerivedSecret> derivations = new ArrayList<>();
    private int receiving = NO_RECORD;
    private final List<WireRecord> records = new ArrayList<>();
    private final Map<String, TrafficSecret> secrets = new LinkedHashMap<>();
    private final Map<Side, List<TrafficSecret>> secretsBySide = new EnumMap<>(Side.class);
    private final Map<Side, PathValidation> validations = new EnumMap<>(Side.class);
    private TlsAlert alert;

    void message(HandshakeMessage message) {
        messages.add(message);
        completedIn.add(receiving);
    }

    /** Adds a record that crossed the wire and returns its index. */
    int record(WireRecord record) {
        records.add(record);
        return records.size() - 1;
    }

    byte[] recordBytes(int index) {
        return records.get(index).bytes();
    }

    /** The receiving endpoint is about to read record {@code index} ({@link #NO_RECORD} once it is done). */
    void receiving(int index) {
        receiving = index;
    }

    /** Keeps the first copy of each secret; the copy from the other side is kept apart, for comparison. */
    void secret(TrafficSecret secret) {
        List<TrafficSecret> mine = secretsBySide.computeIfAbsent(secret.copiedFrom(), s -> new ArrayList<>());
        if (mine.stream().noneMatch(s -> s.label().equals(secret.label()))) {
            mine.add(secret);
            derivations.add(new DerivedSecret(secret, messages.size()));
        }
        secrets.putIfAbsent(secret.label(), secret);
    }

    boolean hasSecret(Side side, String label) {
        return secretsBySide.getOrDefault(side, List.of()).stream().anyMatch(s -> s.label().equals(label));
    }

    /** The certificate decision {@code decidedBy} made about its peer. */
    void validation(Side decidedBy, PathValidation validation) {
        validations.put(decidedBy, validation);
    }

    void alertRaised(Side side, short code, String description, String message) {
        if (alert == null) {
            PathValidation behind = validations.get(side);
            alert = new TlsAlert(side, code, description, message,
                    behind != null && !behind.isValid() ? behind : null, false);
        }
    }

    void alertReceived(Side side, short code) {
        if (alert != null && alert.raisedBy() == side.other() && alert.code() == code) {
            alert = new TlsAlert(alert.raisedBy(), alert.code(), alert.description(), alert.message(),
                    alert.validation(), true);
        }
    }

    /** The recording so far; the cipher suite is the one the ServerHello carried. */
    HandshakeRecording recording(boolean established) {
        String cipherSuite = messages.stream().filter(m -> m.from() == Side.SERVER && m.type().equals("server_hello"))
                .map(m -> m.field("cipher_suite")).findFirst().orElse("");
        return new HandshakeRecording(messages, records, new ArrayList<>(secrets.values()),
                List.copyOf(secretsBySide.getOrDefault(Side.SERVER, List.of())), alert, established, cipherSuite,
                new EnumMap<>(validations), completedIn, derivations);
    }
}
