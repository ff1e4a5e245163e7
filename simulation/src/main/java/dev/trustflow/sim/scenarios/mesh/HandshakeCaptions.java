package dev.trustflow.sim.scenarios.mesh;

import dev.trustflow.sim.tls.HandshakeMessage;

/** What each recorded handshake message says on the timeline, from the fields parsed out of its bytes. */
final class HandshakeCaptions {

    private HandshakeCaptions() {
    }

    static String of(HandshakeMessage m, String senderActor, String receiverActor) {
        String sender = MeshCast.label(senderActor);
        String receiver = MeshCast.label(receiverActor);
        return switch (m.type()) {
            case "client_hello" -> MeshCast.capitalized(sender) + " opens a TLS 1.3 connection to " + receiver
                    + ": ClientHello (key share "
                    + group(m.field("key_share")) + ")";
            case "server_hello" -> "ServerHello: " + m.field("cipher_suite") + "; from here on the handshake is"
                    + " encrypted";
            case "encrypted_extensions" -> "EncryptedExtensions";
            case "certificate_request" -> "CertificateRequest: " + sender + " wants "
                    + MeshCast.possessive(receiverActor) + " certificate too (mutual TLS)";
            case "certificate" -> m.field("certificates").equals("0")
                    ? "Certificate: " + sender + " sends an empty list, it has no certificate"
                    : "Certificate: " + sender + " presents " + m.field("subjects");
            case "certificate_verify" -> "CertificateVerify: " + sender + " signs the handshake so far ("
                    + m.field("algorithm") + ") with the key of the certificate it presented";
            case "finished" -> "Finished: " + MeshCast.possessive(senderActor) + " MAC over the whole handshake";
            default -> m.type();
        };
    }

    /** The group of a key share ({@code x25519}), without its random public value: captions stay the same per seed. */
    private static String group(String keyShare) {
        int bytes = keyShare.indexOf(" (");
        return bytes < 0 ? keyShare : keyShare.substring(0, bytes);
    }
}
