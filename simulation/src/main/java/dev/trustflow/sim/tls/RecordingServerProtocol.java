package dev.trustflow.sim.tls;

import java.io.IOException;
import org.bouncycastle.tls.HandshakeMessageInput;
import org.bouncycastle.tls.TlsServerProtocol;

/** bctls's server protocol in non-blocking mode, recording each handshake message it receives before handling it. */
final class RecordingServerProtocol extends TlsServerProtocol {

    private final HandshakeObserver observer;

    RecordingServerProtocol(HandshakeObserver observer) {
        this.observer = observer;
    }

    @Override
    protected void handleHandshakeMessage(short type, HandshakeMessageInput buf) throws IOException {
        MessageTap.observe(type, buf, getContext(), Side.SERVER, observer);
        super.handleHandshakeMessage(type, buf);
        if (!isClosed()) {
            SecretTap.copy(getContext(), Side.SERVER, observer);
        }
    }
}
