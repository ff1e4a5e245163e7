package dev.trustflow.sim.tls;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * One synthesized TCP connection carrying a TLS connection's bytes as IPv4 packets, so that a dissector sees a
 * stream: the three-way handshake first, then each record as one segment with the sequence and acknowledgement
 * numbers that follow from the bytes sent before it. IPv4 and TCP checksums are computed (RFC 791, RFC 9293).
 */
final class TcpStream {

    private static final int IP_HEADER = 20;
    private static final int IPV4_CHECKSUM = 10;
    private static final int TCP_CHECKSUM = IP_HEADER + 16;
    private static final int TCP_HEADER = 20;
    private static final int PROTOCOL_TCP = 6;
    private static final int TTL = 64;
    private static final int WINDOW = 65535;
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    private final byte[] clientAddress;
    private final int clientPort;
    private final byte[] serverAddress;
    private final int serverPort;
    private long clientNext;
    private long serverNext;
    private int ipId;

    /**
     * @param clientIsn the client's initial sequence number
     * @param serverIsn the server's initial sequence number
     */
    TcpStream(byte[] clientAddress, int clientPort, byte[] serverAddress, int serverPort, long clientIsn,
              long serverIsn) {
        this.clientAddress = clientAddress.clone();
        this.clientPort = clientPort;
        this.serverAddress = serverAddress.clone();
        this.serverPort = serverPort;
        this.clientNext = clientIsn;
        this.serverNext = serverIsn;
    }

    /** SYN, SYN-ACK, ACK. */
    List<byte[]> open() {
        byte[] syn = packet(Side.CLIENT, SYN, clientNext, 0, new byte[0]);
        clientNext = (clientNext + 1) & 0xFFFFFFFFL;
        byte[] synAck = packet(Side.SERVER, SYN | ACK, serverNext, clientNext, new byte[0]);
        serverNext = (serverNext + 1) & 0xFFFFFFFFL;
        byte[] ack = packet(Side.CLIENT, ACK, clientNext, serverNext, new byte[0]);
        return List.of(syn, synAck, ack);
    }

    /** One segment from {@code from} carrying {@code payload}, acknowledging all the peer sent before. */
    byte[] send(Side from, byte[] payload) {
        byte[] segment;
        if (from == Side.CLIENT) {
            segment = packet(from, PSH | ACK, clientNext, serverNext, payload);
            clientNext = (clientNext + payload.length) & 0xFFFFFFFFL;
        } else {
            segment = packet(from, PSH | ACK, serverNext, clientNext, payload);
            serverNext = (serverNext + payload.length) & 0xFFFFFFFFL;
        }
        return segment;
    }

    private byte[] packet(Side from, int flags, long seq, long ack, byte[] payload) {
        byte[] source = from == Side.CLIENT ? clientAddress : serverAddress;
        byte[] destination = from == Side.CLIENT ? serverAddress : clientAddress;
        int sourcePort = from == Side.CLIENT ? clientPort : serverPort;
        int destinationPort = from == Side.CLIENT ? serverPort : clientPort;
        int total = IP_HEADER + TCP_HEADER + payload.length;
        if (total > 0xFFFF) {
            throw new IllegalArgumentException("a segment of " + payload.length + " bytes does not fit in IPv4");
        }
        ByteBuffer p = ByteBuffer.allocate(total);
        p.put((byte) 0x45).put((byte) 0).putShort((short) total).putShort((short) ipId++)
                .putShort((short) 0x4000).put((byte) TTL).put((byte) PROTOCOL_TCP).putShort((short) 0)
                .put(source).put(destination);
        p.putShort(IPV4_CHECKSUM, (short) checksum(p.array(), 0, IP_HEADER, 0));
        p.putShort((short) sourcePort).putShort((short) destinationPort).putInt((int) seq).putInt((int) ack)
                .put((byte) ((TCP_HEADER / 4) << 4)).put((byte) flags).putShort((short) WINDOW)
                .putShort((short) 0).putShort((short) 0).put(payload);
        int pseudo = sum(source) + sum(destination) + PROTOCOL_TCP + TCP_HEADER + payload.length;
        p.putShort(TCP_CHECKSUM, (short) checksum(p.array(), IP_HEADER, TCP_HEADER + payload.length, pseudo));
        return p.array();
    }

    /** The Internet checksum: ones' complement of the ones' complement sum of 16-bit words. */
    static int checksum(byte[] bytes, int offset, int length, int initial) {
        long sum = initial;
        for (int i = 0; i < length; i += 2) {
            int high = bytes[offset + i] & 0xFF;
            int low = i + 1 < length ? bytes[offset + i + 1] & 0xFF : 0;
            sum += (high << 8) | low;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    private static int sum(byte[] address) {
        return ((address[0] & 0xFF) << 8 | (address[1] & 0xFF)) + ((address[2] & 0xFF) << 8 | (address[3] & 0xFF));
    }
}
