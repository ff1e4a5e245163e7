package dev.trustflow.sim.export;

import dev.trustflow.sim.tls.CapturedConnection;
import dev.trustflow.sim.tls.PcapngCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A run's TLS connections as files for Wireshark: the pcapng capture (secrets inside) and the plain SSLKEYLOGFILE.
 * Each is written to a temporary file beside the target and moved into place.
 */
public final class TlsCaptureFiles {

    /** The capture's file name in an exported folder. */
    public static final String PCAPNG = "handshake.pcapng";
    /** The key log's file name in an exported folder. */
    public static final String KEY_LOG = "sslkeylog.txt";

    private TlsCaptureFiles() {
    }

    public static Path writePcapng(List<CapturedConnection> connections, Path file) throws IOException {
        return write(PcapngCapture.of(connections), file);
    }

    public static Path writeKeyLog(List<CapturedConnection> connections, Path file) throws IOException {
        return write(PcapngCapture.keyLog(connections).getBytes(StandardCharsets.US_ASCII), file);
    }

    private static Path write(byte[] bytes, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
