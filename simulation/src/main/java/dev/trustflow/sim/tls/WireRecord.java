package dev.trustflow.sim.tls;

import java.util.Objects;

/**
 * One TLS record as it crossed the wire, header included.
 *
 * @param from        the endpoint that sent it
 * @param contentType the outer content type's name; in TLS 1.3 every encrypted record says
 *                    {@code application_data}
 * @param encrypted   whether the record is protected: in TLS 1.3 a protected record's outer type is always
 *                    {@code application_data} (RFC 8446 section 5.2), and nothing else ever has that type
 * @param bytes       the record, 5-byte header included
 */
public record WireRecord(Side from, String contentType, boolean encrypted, byte[] bytes) {

    public WireRecord {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
