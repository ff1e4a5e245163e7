package dev.trustflow.app.handshake;

/** What each TLS 1.3 handshake message is for, in one plain sentence (RFC 8446 section 4). */
final class MessagePurposes {

    private MessagePurposes() {
    }

    static String of(String message) {
        return switch (message) {
            case "client_hello" -> "The client opens: the versions, cipher suites and groups it supports, the name"
                    + " of the server it wants, and a key share so that keys can be agreed in one round trip.";
            case "server_hello" -> "The server picks the version and the cipher suite and answers with its own key"
                    + " share: from the two shares both sides derive the handshake keys.";
            case "encrypted_extensions" -> "The server's remaining choices: the first message encrypted with the"
                    + " handshake keys.";
            case "certificate_request" -> "The server asks the client to prove who it is with a certificate"
                    + " (mutual TLS).";
            case "certificate" -> "The sender's certificate chain, leaf first, for the receiver to validate against"
                    + " the roots it trusts.";
            case "certificate_verify" -> "A signature over the handshake so far with the certificate's private key:"
                    + " proof that the sender holds that key.";
            case "finished" -> "An HMAC over the whole handshake: proof that both sides saw the same messages and"
                    + " derived the same keys.";
            case "new_session_ticket" -> "A ticket the client can present later to resume without a full"
                    + " handshake.";
            default -> "A handshake message of type " + message + ".";
        };
    }
}
