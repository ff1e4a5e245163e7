package dev.trustflow.sim.tls;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's TLS connections as a pcapng capture that Wireshark and tshark dissect as TLS 1.3 and decrypt with no
 * other file: a section header, one raw-IPv4 interface, a Decryption Secrets Block with every connection's key log
 * (before the packets, where readers look for it), then each connection as its own TCP stream between two
 * documentation addresses of RFC 5737, port {@value #FIRST_CLIENT_PORT} upwards to {@value #SERVER_PORT}: the
 * three-way handshake, then every record that crossed the wire as one segment, in the order it was sent.
 * A packet's time is its connection's virtual opening time plus {@value #SPACING_MICROS} µs per packet before it
 * in that connection: the recording keeps the order of the records, not the time of each.
 */
public final class PcapngCapture {

    /** The client's address, 192.0.2.10 (TEST-NET-1). */
    static final byte[] CLIENT_ADDRESS = {(byte) 192, 0, 2, 10};
    /** The server's address, 198.51.100.20 (TEST-NET-2). */
    static final byte[] SERVER_ADDRESS = {(byte) 198, 51, 100, 20};
    static final int SERVER_PORT = 443;
    static final int FIRST_CLIENT_PORT = 49152;
    static final long SPACING_MICROS = 100;
    private static final long CLIENT_ISN = 1_000;
    private static final long SERVER_ISN = 5_000;

    private PcapngCapture() {
    }

    /** The capture of {@code connections}, as the bytes of a pcapng file. */
    public static byte[] of(List<CapturedConnection> connections) {
        PcapngBlocks blocks = new PcapngBlocks().keyLog(keyLog(connections).getBytes(StandardCharsets.US_ASCII));
        int port = FIRST_CLIENT_PORT;
        for (CapturedConnection c : connections) {
            TcpStream tcp = new TcpStream(CLIENT_ADDRESS, port++, SERVER_ADDRESS, SERVER_PORT, CLIENT_ISN,
                    SERVER_ISN);
            Instant at = c.openedAt();
            for (byte[] packet : tcp.open()) {
                blocks.packet(at, packet);
                at = at.plus(Duration.ofNanos(SPACING_MICROS * 1_000));
            }
            for (WireRecord r : c.recording().records()) {
                blocks.packet(at, tcp.send(r.from(), r.bytes()));
                at = at.plus(Duration.ofNanos(SPACING_MICROS * 1_000));
            }
        }
        return blocks.bytes();
    }

    /** Every connection's secrets as one SSLKEYLOGFILE (NSS key log format): the text the secrets block holds. */
    public static String keyLog(List<CapturedConnection> connections) {
        return connections.stream().map(c -> c.recording().keyLog()).filter(k -> !k.isBlank())
                .collect(Collectors.joining());
    }
}
