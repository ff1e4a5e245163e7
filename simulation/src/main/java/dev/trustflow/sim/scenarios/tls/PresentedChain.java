package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.tls.HandshakeMessage;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificates a TLS 1.3 Certificate message carried, read from the message's own bytes (RFC 8446 section
 * 4.4.2: a request context, then a list of entries, each a DER certificate and its extensions) by the JDK's
 * certificate factory: what the receiver really got, not what the sender was configured with.
 */
final class PresentedChain {

    private static final int HEADER = 4;

    private PresentedChain() {
    }

    static List<X509Certificate> of(HandshakeMessage certificateMessage) {
        byte[] bytes = certificateMessage.bytes();
        int at = HEADER;
        at += 1 + (bytes[at] & 0xFF);
        int end = at + 3 + uint24(bytes, at);
        at += 3;
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (at < end) {
                int length = uint24(bytes, at);
                at += 3;
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(bytes, at, length)));
                at += length;
                at += 2 + (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
            }
        } catch (CertificateException e) {
            throw new IllegalStateException("the Certificate message holds a certificate the JDK cannot read", e);
        }
        return chain;
    }

    private static int uint24(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 16) | ((bytes[at + 1] & 0xFF) << 8) | (bytes[at + 2] & 0xFF);
    }
}
