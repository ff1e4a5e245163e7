package dev.trustflow.app.handshake;

import java.util.List;

/**
 * What the handshake view shows for one {@code tls.message}.
 *
 * @param title      the message's name and direction ({@code certificate · server → client})
 * @param purpose    what the message is for, in one sentence
 * @param fields     its fields as parsed from its bytes
 * @param records    the records that carried it
 * @param messageHex the message itself as a hex dump, as its receiver read it (after decryption)
 * @param secrets    the key schedule once the message was handled
 */
public record HandshakeDisplay(String title, String purpose, List<FieldRow> fields, List<RecordDump> records,
                               String messageHex, List<SecretRow> secrets) {

    public HandshakeDisplay {
        fields = List.copyOf(fields);
        records = List.copyOf(records);
        secrets = List.copyOf(secrets);
    }

    /** Whether any carrier was encrypted, so that the decrypted message says something the records do not. */
    public boolean encrypted() {
        return records.stream().anyMatch(RecordDump::encrypted);
    }
}
