package dev.trustflow.sim.tls;

import java.io.IOException;
import org.bouncycastle.tls.HandshakeMessageInput;
import org.bouncycastle.tls.TlsClientProtocol;

/** bctls's client protocol in non-blocking mode, recording each handshake message it receives before handling it. */
final class RecordingClientProtocol extends TlsClientProtocol {

    private final HandshakeObserver observer;

    RecordingClientProtocol(HandshakeObserver observer) {
        this.observer = observer;
    }

    @Override
    protected void handleHandshakeMessage(short type, HandshakeMessageInput buf) throws IOException {
        MessageTap.observe(type, buf, getContext(), Side.CLIENT, observer);
        super.handleHandshakeMessage(type, buf);
        if (!isClosed()) {
            SecretTap.copy(getContext(), Side.CLIENT, observer);
        }
    }
}
