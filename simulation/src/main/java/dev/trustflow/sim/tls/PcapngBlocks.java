package dev.trustflow.sim.tls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;

/**
 * The blocks of a pcapng file (draft-ietf-opsawg-pcapng), little-endian, each padded to 32 bits and framed by its
 * total length at both ends: Section Header, Interface Description, Decryption Secrets and Enhanced Packet.
 */
final class PcapngBlocks {

    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int DECRYPTION_SECRETS = 0x0000000A;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    /** Secrets type of a Decryption Secrets Block holding an NSS key log: "TLSK". */
    static final int TLS_KEY_LOG = 0x544C534B;
    /** LINKTYPE_RAW: each packet begins with its IPv4 header. */
    static final int LINKTYPE_RAW = 101;
    private static final int SNAPLEN = 0;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A section header (version 1.0, length unknown), then one interface of link type raw IP. */
    PcapngBlocks() {
        block(SECTION_HEADER, ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(BYTE_ORDER_MAGIC)
                .putShort((short) 1).putShort((short) 0).putLong(-1L).array());
        block(INTERFACE_DESCRIPTION, ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) LINKTYPE_RAW).putShort((short) 0).putInt(SNAPLEN).array());
    }

    /** A Decryption Secrets Block carrying a TLS key log in NSS format. */
    PcapngBlocks keyLog(byte[] keyLog) {
        ByteBuffer body = ByteBuffer.allocate(8 + padded(keyLog.length)).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(TLS_KEY_LOG).putInt(keyLog.length).put(keyLog);
        block(DECRYPTION_SECRETS, body.array());
        return this;
    }

    /** An Enhanced Packet Block on interface 0, time in microseconds since the epoch (the default resolution). */
    PcapngBlocks packet(Instant at, byte[] packet) {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        ByteBuffer body = ByteBuffer.allocate(20 + padded(packet.length)).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0).putInt((int) (micros >>> 32)).putInt((int) micros)
                .putInt(packet.length).putInt(packet.length).put(packet);
        block(ENHANCED_PACKET, body.array());
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** Type, total length, body (already padded), total length again. */
    private void block(int type, byte[] body) {
        int total = 12 + body.length;
        ByteBuffer block = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(type).putInt(total).put(body).putInt(total);
        out.writeBytes(block.array());
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }
}
