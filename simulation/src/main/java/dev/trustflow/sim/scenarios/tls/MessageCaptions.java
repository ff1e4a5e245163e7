package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.tls.HandshakeMessage;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A one-line caption for each handshake message, made from the fields its receiver parsed. Captions leave out the
 * random values (randoms, key shares, signatures): those are in the event's data, and a caption must read the same
 * in every run with the seed.
 */
final class MessageCaptions {

    private MessageCaptions() {
    }

    static String of(HandshakeMessage m) {
        return switch (m.type()) {
            case "client_hello" -> "ClientHello, in the clear: " + m.field("supported_versions") + " to "
                    + orNone(m.field("server_name")) + ", " + count(m.field("cipher_suites"))
                    + " cipher suites, a key share on " + group(m.field("key_share"));
            case "server_hello" -> "ServerHello, in the clear: " + m.field("cipher_suite") + ", a key share on "
                    + group(m.field("key_share")) + "; both sides now derive the handshake keys";
            case "encrypted_extensions" -> "EncryptedExtensions, the first encrypted message"
                    + (m.field("extensions").isBlank() || m.field("extensions").equals("(none)") ? ", with no"
                            + " extensions" : ": " + m.field("extensions"));
            case "certificate_request" -> "CertificateRequest: the server asks for a client certificate";
            case "certificate" -> "Certificate: " + chain(m);
            case "certificate_verify" -> "CertificateVerify: a signature over the handshake with the certificate's"
                    + " private key (" + m.field("algorithm") + ")";
            case "finished" -> "Finished: an HMAC over the whole handshake, proving both sides saw the same one";
            case "new_session_ticket" -> "NewSessionTicket: a ticket to resume this session later";
            default -> m.type();
        };
    }

    private static String chain(HandshakeMessage m) {
        List<X509Certificate> chain = PresentedChain.of(m);
        if (chain.isEmpty()) {
            return "no certificate";
        }
        X509Certificate leaf = chain.get(0);
        boolean selfSigned = chain.size() == 1
                && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal());
        return chain.stream().map(CertificateArtifacts::commonName).collect(Collectors.joining(", issued by "))
                + (selfSigned ? " (issued by itself)" : "");
    }

    private static String group(String keyShare) {
        int space = keyShare.indexOf(' ');
        return space < 0 ? keyShare : keyShare.substring(0, space);
    }

    private static long count(String list) {
        return list.isBlank() ? 0 : list.split(",").length;
    }

    private static String orNone(String value) {
        return value.isBlank() ? "(none)" : value;
    }
}
