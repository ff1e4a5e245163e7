package dev.trustflow.sim.tls;

import org.bouncycastle.tls.HandshakeMessageInput;
import org.bouncycastle.tls.HandshakeType;
import org.bouncycastle.tls.TlsContext;

/**
 * Reads a handshake message the protocol is about to handle, without consuming it. bctls hands
 * {@code handleHandshakeMessage} a {@link HandshakeMessageInput} positioned after the 4-byte header; its mark is
 * the message's first byte (it updates the transcript hash from there), so {@code reset()} goes back to the header,
 * the whole message is read, and the stream is put back where bctls left it.
 */
final class MessageTap {

    private MessageTap() {
    }

    static void observe(short type, HandshakeMessageInput input, TlsContext context, Side receiver,
                        HandshakeObserver observer) {
        input.reset();
        byte[] whole = input.readAllBytes();
        input.reset();
        input.skip(4);
        byte[] body = java.util.Arrays.copyOfRange(whole, 4, whole.length);
        String name = HandshakeType.getName(type);
        observer.message(new HandshakeMessage(receiver.other(), name, HandshakeFields.parse(name, body, context),
                whole));
    }
}
