package dev.trustflow.sim.tls;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificate chain an endpoint presented, read back from the bytes of the Certificate message it sent, as its
 * peer received them (RFC 8446 section 4.4.2: a request context, then a list of entries, each a DER certificate and
 * its extensions). A relying party that needs the peer's identity after the handshake (a workload's SPIFFE ID) reads
 * it here: from what crossed the connection, not from what the sender meant to send.
 */
public final class PresentedChain {

    private static final int HEADER = 4;

    private PresentedChain() {
    }

    /** The chain {@code from} presented, leaf first; empty when it sent no Certificate message or an empty one. */
    public static List<X509Certificate> of(HandshakeRecording recording, Side from) {
        return recording.message(from, "certificate").map(m -> parse(m.bytes())).orElse(List.of());
    }

    static List<X509Certificate> parse(byte[] message) {
        int at = HEADER;
        at += 1 + (message[at] & 0xFF);
        int listEnd = at + 3 + uint24(message, at);
        at += 3;
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (at < listEnd) {
                int length = uint24(message, at);
                at += 3;
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(message, at, length)));
                at += length;
                at += 2 + (((message[at] & 0xFF) << 8) | (message[at + 1] & 0xFF));
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("a presented certificate is not X.509: " + e.getMessage(), e);
        }
        return List.copyOf(chain);
    }

    private static int uint24(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 16) | ((bytes[at + 1] & 0xFF) << 8) | (bytes[at + 2] & 0xFF);
    }
}
