package dev.trustflow.app.handshake;

import java.util.HexFormat;
import java.util.Locale;

/**
 * Bytes as a hex dump: a 4-digit hex offset, then up to 16 bytes a line in groups of 4 (so that a line fits the
 * inspector's column): {@code 0010  72ab9861 4855de04 0fa2726a 01020304}.
 */
final class HexDump {

    static final int BYTES_PER_LINE = 16;
    static final int BYTES_PER_GROUP = 4;

    private HexDump() {
    }

    /** The dump of {@code hex} (an even number of hex digits); one line per 16 bytes, no trailing newline. */
    static String of(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        StringBuilder dump = new StringBuilder();
        for (int offset = 0; offset < bytes.length; offset += BYTES_PER_LINE) {
            if (offset > 0) {
                dump.append('\n');
            }
            dump.append(String.format(Locale.ROOT, "%04x ", offset));
            for (int i = offset; i < Math.min(offset + BYTES_PER_LINE, bytes.length); i++) {
                if ((i - offset) % BYTES_PER_GROUP == 0) {
                    dump.append(' ');
                }
                dump.append(HexFormat.of().toHexDigits(bytes[i]));
            }
        }
        return dump.toString();
    }

    /** How many lines the dump of {@code byteCount} bytes has. */
    static int lines(int byteCount) {
        return (byteCount + BYTES_PER_LINE - 1) / BYTES_PER_LINE;
    }
}
