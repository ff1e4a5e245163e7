package dev.trustflow.sim.tls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a little-endian pcapng file back into its blocks, checking each block's framing as it goes. */
final class PcapngReader {

    /** One block: its type and its body (between the leading and trailing total lengths). */
    record Block(int type, int totalLength, byte[] body) {

        ByteBuffer buffer() {
            return ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
        }

        /** The packet bytes of an Enhanced Packet Block. */
        byte[] packet() {
            int captured = buffer().getInt(12);
            return Arrays.copyOfRange(body, 20, 20 + captured);
        }

        /** The secrets of a Decryption Secrets Block. */
        byte[] secrets() {
            int length = buffer().getInt(4);
            return Arrays.copyOfRange(body, 8, 8 + length);
        }
    }

    private PcapngReader() {
    }

    static List<Block> read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        List<Block> blocks = new ArrayList<>();
        while (in.remaining() > 0) {
            int start = in.position();
            int type = in.getInt();
            int total = in.getInt();
            if (total % 4 != 0 || total < 12 || start + total > file.length) {
                throw new IllegalStateException("block at " + start + " has a bad length " + total);
            }
            byte[] body = Arrays.copyOfRange(file, start + 8, start + total - 4);
            int trailer = in.getInt(start + total - 4);
            if (trailer != total) {
                throw new IllegalStateException("block at " + start + " ends with length " + trailer + ", not " + total);
            }
            in.position(start + total);
            blocks.add(new Block(type, total, body));
        }
        return blocks;
    }
}
