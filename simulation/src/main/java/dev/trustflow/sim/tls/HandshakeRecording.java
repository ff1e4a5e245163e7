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
 */
public record HandshakeRecording(List<HandshakeMessage> messages, List<WireRecord> records,
                                 List<TrafficSecret> secrets, List<TrafficSecret> serverSecrets, TlsAlert alert,
                                 boolean established, String cipherSuite, Map<Side, PathValidation> validations) {

    public HandshakeRecording {
        messages = List.copyOf(messages);
        records = List.copyOf(records);
        secrets = List.copyOf(secrets);
        serverSecrets = List.copyOf(serverSecrets);
        cipherSuite = cipherSuite == null ? "" : cipherSuite;
        validations = Map.copyOf(validations);
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
