package dev.trustflow.sim.tls;

import java.util.Map;
import java.util.Objects;

/**
 * One handshake message as the receiving endpoint saw it after decryption.
 *
 * @param from   the endpoint that sent it
 * @param type   its TLS name ({@code client_hello}, {@code certificate_verify}, …)
 * @param fields its main fields in order, each parsed from the message's bytes
 * @param bytes  the whole message, its 4-byte header included
 */
public record HandshakeMessage(Side from, String type, Map<String, String> fields, byte[] bytes) {

    public HandshakeMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
