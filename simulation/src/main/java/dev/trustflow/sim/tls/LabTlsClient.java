package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.KeyPurpose;
import dev.trustflow.sim.crypto.pki.PathValidation;
import dev.trustflow.sim.crypto.pki.PathValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * The client endpoint: TLS 1.3 only, SNI when set, and the server's certificate judged by the
 * {@link PathValidator} at virtual time inside bctls's authentication callback; a refusal is thrown as the
 * {@link TlsFatalAlert} bctls then sends.
 */
final class LabTlsClient extends DefaultTlsClient {

    private final JcaTlsCrypto jca;
    private final TlsClientSetup setup;
    private final Instant now;
    private final PathValidator validator;
    private final HandshakeObserver observer;

    LabTlsClient(JcaTlsCrypto crypto, TlsClientSetup setup, Instant now, PathValidator validator,
                 HandshakeObserver observer) {
        super(crypto);
        this.jca = crypto;
        this.setup = setup;
        this.now = now;
        this.validator = validator;
        this.observer = observer;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.TLSv13.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return TlsVersionPolicy.cipherSuites(getCrypto());
    }

    @Override
    protected Vector<ServerName> getSNIServerNames() {
        if (setup.serverName() == null) {
            return null;
        }
        Vector<ServerName> names = new Vector<>();
        names.add(new ServerName(NameType.host_name, setup.serverName().getBytes(StandardCharsets.US_ASCII)));
        return names;
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                List<X509Certificate> chain = HandshakeFields.x509Chain(serverCertificate.getCertificate());
                PathValidation validation = validator.validate(chain, setup.trustedRoots(), now,
                        setup.expectedServer(), KeyPurpose.SERVER_AUTH);
                observer.validation(Side.CLIENT, validation);
                if (!validation.isValid()) {
                    throw new TlsFatalAlert(CertificateDecision.alertFor(validation), validation.reason());
                }
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
                if (setup.identity() == null) {
                    return null;
                }
                return EndpointCredentials.signer(context, jca, request.getCertificateRequestContext(),
                        setup.identity());
            }
        };
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        observer.alertRaised(Side.CLIENT, description, AlertDescription.getName(description),
                AlertCause.describe(message, cause));
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        observer.alertReceived(Side.CLIENT, description);
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SecretTap.copy(context, Side.CLIENT, observer);
    }
}
