package dev.trustflow.sim.tls;

import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.crypto.TlsSecret;

/**
 * Copies the TLS 1.3 traffic secrets out of an endpoint's security parameters without breaking the connection:
 * each is first adopted by the endpoint's crypto (a copy, {@code TlsCrypto.adoptSecret}) and only the copy is
 * extracted. bctls keeps the handshake traffic secrets as the Finished base keys ({@code getBaseKeyClient},
 * {@code getBaseKeyServer}) and the application traffic secrets in {@code getTrafficSecretClient/Server} once
 * it has replaced the handshake ones; it destroys the handshake secrets when the handshake ends, so the tap runs
 * after every handshake message and at {@code notifyHandshakeComplete}.
 */
final class SecretTap {

    private SecretTap() {
    }

    static void copy(TlsContext context, Side side, HandshakeObserver observer) {
        SecurityParameters parameters = context.getSecurityParameters();
        if (parameters == null || parameters.getClientRandom() == null) {
            return;
        }
        byte[] clientRandom = parameters.getClientRandom();
        TlsSecret clientHandshake = parameters.getBaseKeyClient();
        TlsSecret serverHandshake = parameters.getBaseKeyServer();
        take(context, side, observer, TrafficSecret.CLIENT_HANDSHAKE, clientHandshake, clientRandom);
        take(context, side, observer, TrafficSecret.SERVER_HANDSHAKE, serverHandshake, clientRandom);
        if (parameters.getTrafficSecretClient() != clientHandshake) {
            take(context, side, observer, TrafficSecret.CLIENT_APPLICATION, parameters.getTrafficSecretClient(),
                    clientRandom);
        }
        if (parameters.getTrafficSecretServer() != serverHandshake) {
            take(context, side, observer, TrafficSecret.SERVER_APPLICATION, parameters.getTrafficSecretServer(),
                    clientRandom);
        }
        take(context, side, observer, TrafficSecret.EXPORTER, parameters.getExporterMasterSecret(), clientRandom);
    }

    private static void take(TlsContext context, Side side, HandshakeObserver observer, String label,
                             TlsSecret secret, byte[] clientRandom) {
        if (secret == null || !secret.isAlive() || observer.hasSecret(side, label)) {
            return;
        }
        byte[] value = context.getCrypto().adoptSecret(secret).extract();
        observer.secret(new TrafficSecret(label, clientRandom, value, side));
    }
}
