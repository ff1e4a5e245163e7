package dev.trustflow.app.handshake;

/**
 * One record on the wire that carried the message.
 *
 * @param title     where it sits ({@code record 4 · server → client · application_data · 1103 bytes})
 * @param note      what an observer of the wire sees of it, and which other messages shared it
 * @param encrypted whether TLS protected it
 * @param hex       the record as a hex dump, 16 bytes a line with an offset column
 * @param lines     the number of lines of {@code hex}
 */
public record RecordDump(String title, String note, boolean encrypted, String hex, int lines) {
}
