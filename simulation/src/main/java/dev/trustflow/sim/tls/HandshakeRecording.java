package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.PathValidation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one in-memory TLS connection observed: the handshake messages in the order they were received, the records
 * on the wire, the key-schedule secrets, and either an established connection or the alert that ended it.
 *
 * @param messages      handshake messages, each as its receiver decrypted it
 * @param records       every record that crossed the wire, in order
 * @param secrets       the secrets, each copied from the first endpoint that had it
 * @param serverSecrets the same secrets as the server derived them (equal to the client's: the two sides agree)
 * @param alert         the fatal alert that ended the handshake, or null
 * @param established   whether both endpoints completed the handshake
 * @param cipherSuite   the negotiated cipher suite's name, or empty
 * @param validations   each endpoint's decision about its peer's certificate (absent when it made none)
 * @param completedIn   for each message, the index in {@code records} of the record its receiver was reading when
 *                      the message became whole ({@code -1} if none)
 * @param derivations   every secret each endpoint copied, in the order copied, with how many messages had been
 *                      received by then
 */
public record HandshakeRecording(List<HandshakeMessage> messages, List<WireRecord> records,
                                 List<TrafficSecret> secrets, List<TrafficSecret> serverSecrets, TlsAlert alert,
                                 boolean established, String cipherSuite, Map<Side, PathValidation> validations,
                                 List<Integer> completedIn, List<DerivedSecret> derivations) {

    public HandshakeRecording {
        messages = List.copyOf(messages);
        records = List.copyOf(records);
        secrets = List.copyOf(secrets);
        serverSecrets = List.copyOf(serverSecrets);
        cipherSuite = cipherSuite == null ? "" : cipherSuite;
        validations = Map.copyOf(validations);
        completedIn = List.copyOf(completedIn);
        derivations = List.copyOf(derivations);
        if (completedIn.size() != messages.size()) {
            throw new IllegalArgumentException("one completing record per message: " + completedIn.size() + " for "
                    + messages.size() + " messages");
        }
    }

    /**
     * The records that carried message {@code index}: the records its sender sent after the one that completed its
     * previous message, up to the one that completed it (a record that completed several messages carries each of
     * them); empty when unknown.
     */
    public List<Integer> carriers(int index) {
        int last = completedIn.get(index);
        if (last < 0) {
            return List.of();
        }
        Side from = messages.get(index).from();
        int previous = -1;
        for (int i = index - 1; i >= 0; i--) {
            if (messages.get(i).from() == from && completedIn.get(i) >= 0) {
                previous = completedIn.get(i);
                break;
            }
        }
        if (previous == last) {
            return List.of(last);
        }
        List<Integer> carriers = new java.util.ArrayList<>();
        for (int r = previous + 1; r <= last; r++) {
            WireRecord record = records.get(r);
            if (record.from() == from && !record.contentType().equals("change_cipher_spec")) {
                carriers.add(r);
            }
        }
        return carriers;
    }

    /** The messages (indices) that record {@code record} completed. */
    public List<Integer> completedBy(int record) {
        List<Integer> completed = new java.util.ArrayList<>();
        for (int i = 0; i < completedIn.size(); i++) {
            if (completedIn.get(i) == record) {
                completed.add(i);
            }
        }
        return completed;
    }

    public Optional<TlsAlert> failure() {
        return Optional.ofNullable(alert);
    }

    /** The first message of this type sent by {@code from}. */
    public Optional<HandshakeMessage> message(Side from, String type) {
        return messages.stream().filter(m -> m.from() == from && m.type().equals(type)).findFirst();
    }

    /** The message types in the order they were received, as {@code CLIENT client_hello}. */
    public List<String> messageFlow() {
        return messages.stream().map(m -> m.from() + " " + m.type()).toList();
    }

    public Optional<TrafficSecret> secret(String label) {
        return secrets.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** The secrets as an SSLKEYLOGFILE (NSS key log format), one line each. */
    public String keyLog() {
        return secrets.stream().map(TrafficSecret::keyLogLine).collect(Collectors.joining("\n", "", "\n"));
    }

    public Optional<PathValidation> validationBy(Side side) {
        return Optional.ofNullable(validations.get(side));
    }
}
