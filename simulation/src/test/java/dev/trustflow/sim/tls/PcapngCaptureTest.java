package dev.trustflow.sim.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded connection written as pcapng, read back block by block, and (where tshark is installed) decrypted. */
class PcapngCaptureTest {

    private static final Instant NINE = Instant.parse("2026-01-01T09:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Path TSHARK = Path.of("/usr/bin/tshark");

    private final SecureRandom random = new SecureRandom();
    private final CertificateMinter minter = new CertificateMinter(random, new Random(11));
    private final CaHierarchy web = CaHierarchy.create("Web", minter, NINE.minus(DAY), Duration.ofDays(365));
    private final IssuedCertificate bank = web.issue(LeafProfile.server(NINE, DAY, "bank.example"));

    @TempDir
    Path dir;

    @Test
    void theBlocksAreFramedAndTheSecretsComeBeforeThePackets() {
        CapturedConnection connection = bankConnection();
        List<PcapngReader.Block> blocks = PcapngReader.read(PcapngCapture.of(List.of(connection)));

        assertThat(blocks).extracting(PcapngReader.Block::totalLength).allMatch(n -> n % 4 == 0);
        assertThat(blocks.get(0).type()).isEqualTo(PcapngBlocks.SECTION_HEADER);
        assertThat(blocks.get(0).buffer().getInt(0)).isEqualTo(PcapngBlocks.BYTE_ORDER_MAGIC);
        assertThat(blocks.get(1).type()).isEqualTo(PcapngBlocks.INTERFACE_DESCRIPTION);
        assertThat(blocks.get(1).buffer().getShort(0)).isEqualTo((short) PcapngBlocks.LINKTYPE_RAW);
        assertThat(blocks.get(2).type()).isEqualTo(PcapngBlocks.DECRYPTION_SECRETS);
        assertThat(blocks.get(2).buffer().getInt(0)).isEqualTo(PcapngBlocks.TLS_KEY_LOG);
        assertThat(new String(blocks.get(2).secrets(), StandardCharsets.US_ASCII))
                .isEqualTo(connection.recording().keyLog())
                .contains(TrafficSecret.CLIENT_HANDSHAKE, TrafficSecret.SERVER_APPLICATION);
        assertThat(blocks.subList(3, blocks.size())).extracting(PcapngReader.Block::type)
                .containsOnly(PcapngBlocks.ENHANCED_PACKET);
    }

    @Test
    void eachRecordIsOneSegmentAfterTheThreeWayHandshakeWithSequenceNumbersThatAddUp() {
        CapturedConnection connection = bankConnection();
        List<PcapngReader.Block> packets = packets(PcapngCapture.of(List.of(connection)));
        List<WireRecord> records = connection.recording().records();

        assertThat(packets).hasSize(3 + records.size());
        assertThat(packets.subList(0, 3)).extracting(p -> flags(p.packet()))
                .containsExactly(TcpStream.SYN, TcpStream.SYN | TcpStream.ACK, TcpStream.ACK);
        long[] next = {seq(packets.get(2).packet()), ack(packets.get(2).packet())};
        for (int i = 0; i < records.size(); i++) {
            byte[] packet = packets.get(3 + i).packet();
            WireRecord record = records.get(i);
            int side = record.from() == Side.CLIENT ? 0 : 1;
            assertThat(payload(packet)).as("record %d", i).isEqualTo(record.bytes());
            assertThat(seq(packet)).as("seq of record %d", i).isEqualTo(next[side]);
            assertThat(ack(packet)).as("ack of record %d", i).isEqualTo(next[1 - side]);
            assertThat(sourcePort(packet)).isEqualTo(side == 0 ? PcapngCapture.FIRST_CLIENT_PORT
                    : PcapngCapture.SERVER_PORT);
            next[side] += record.bytes().length;
        }
    }

    @Test
    void theChecksumsVerifyAndTheTimesStartAtTheVirtualOpening() {
        List<PcapngReader.Block> packets = packets(PcapngCapture.of(List.of(bankConnection())));

        for (PcapngReader.Block block : packets) {
            byte[] packet = block.packet();
            assertThat(TcpStream.checksum(packet, 0, 20, 0)).as("IPv4 header checksum").isZero();
            int tcpLength = packet.length - 20;
            int pseudo = word(packet, 12) + word(packet, 14) + word(packet, 16) + word(packet, 18) + 6 + tcpLength;
            assertThat(TcpStream.checksum(packet, 20, tcpLength, pseudo)).as("TCP checksum").isZero();
        }
        ByteBuffer first = packets.get(0).buffer();
        long micros = ((long) first.getInt(4) << 32) | (first.getInt(8) & 0xFFFFFFFFL);
        assertThat(micros).isEqualTo(NINE.getEpochSecond() * 1_000_000L);
    }

    @Test
    void tsharkDecryptsTheHandshakeWithTheSecretsBlockAlone() throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(TSHARK)).as("tshark is not installed at " + TSHARK
                + " (it is not on CI): the Wireshark decryption check is skipped").isTrue();
        Path file = Path.of(System.getProperty("pcapng.keep", dir.resolve("handshake.pcapng").toString()));
        byte[] capture = PcapngCapture.of(List.of(bankConnection()));
        Files.write(file, capture);
        int packets = packets(capture).size();

        String types = tshark(file, "tls.handshake.type", "-Y", "tls.handshake.type", "-e", "tls.handshake.type");
        String uri = tshark(file, "http.request", "-Y", "http.request", "-e", "http.request.uri");
        String checksums = tshark(file, "checksums", "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
                "-e", "ip.checksum.status", "-e", "tcp.checksum.status");

        assertThat(types.split("[\\s,]+")).as("decrypted handshake types").contains("1", "2", "8", "11", "15", "20");
        assertThat(uri.strip()).as("the decrypted HTTP request").isEqualTo("/balance");
        assertThat(checksums.strip().split("\\s+")).as("checksum status (1: good)").hasSize(2 * packets).containsOnly("1");
    }

    private CapturedConnection bankConnection() {
        InMemoryTlsConnection connection = new InMemoryTlsConnection(
                TlsClientSetup.browser("bank.example", List.of(web.root())), TlsServerSetup.serverAuthOnly(bank),
                NINE, random);
        connection.handshake();
        connection.send(Side.CLIENT, "GET /balance HTTP/1.1\r\nHost: bank.example\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        return new CapturedConnection("browser", "bank", NINE, connection.recording());
    }

    /** Runs tshark on {@code file} with fields output and the given arguments; returns its standard output. */
    private static String tshark(Path file, String what, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TSHARK.toString(), "-r", file.toString(), "-T", "fields"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("tshark finished").isTrue();
        assertThat(process.exitValue()).as("tshark's exit code (%s)", what).isZero();
        return out;
    }

    private static List<PcapngReader.Block> packets(byte[] file) {
        return PcapngReader.read(file).stream().filter(b -> b.type() == PcapngBlocks.ENHANCED_PACKET).toList();
    }

    private static int flags(byte[] packet) {
        return packet[20 + 13] & 0xFF;
    }

    private static long seq(byte[] packet) {
        return ByteBuffer.wrap(packet).getInt(24) & 0xFFFFFFFFL;
    }

    private static long ack(byte[] packet) {
        return ByteBuffer.wrap(packet).getInt(28) & 0xFFFFFFFFL;
    }

    private static int sourcePort(byte[] packet) {
        return word(packet, 20);
    }

    private static byte[] payload(byte[] packet) {
        return java.util.Arrays.copyOfRange(packet, 40, packet.length);
    }

    private static int word(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
