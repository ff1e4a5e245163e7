package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.KeyPurpose;
import dev.trustflow.sim.crypto.pki.PathFailure;
import dev.trustflow.sim.crypto.pki.PathValidation;
import dev.trustflow.sim.crypto.pki.PathValidator;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/**
 * The server endpoint: TLS 1.3 only, its ECDSA certificate, a CertificateRequest when it asks for mutual TLS, and
 * the client's certificate judged by the {@link PathValidator} at virtual time inside bctls's
 * {@code notifyClientCertificate}; no certificate where one is required is the alert {@code certificate_required}.
 */
final class LabTlsServer extends DefaultTlsServer {

    private final JcaTlsCrypto jca;
    private final TlsServerSetup setup;
    private final Instant now;
    private final PathValidator validator;
    private final HandshakeObserver observer;

    LabTlsServer(JcaTlsCrypto crypto, TlsServerSetup setup, Instant now, PathValidator validator,
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
    public TlsCredentials getCredentials() throws IOException {
        return EndpointCredentials.signer(context, jca, TlsUtils.EMPTY_BYTES, setup.identity());
    }

    @Override
    public CertificateRequest getCertificateRequest() throws IOException {
        if (setup.clientAuth() == ClientAuth.NONE) {
            return null;
        }
        return new CertificateRequest(TlsUtils.EMPTY_BYTES, TlsUtils.getDefaultSupportedSignatureAlgorithms(context),
                null, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            if (setup.clientAuth() == ClientAuth.REQUIRED) {
                PathValidation none = new PathValidation(PathFailure.NO_CERTIFICATE, -1, null,
                        "the client sent an empty Certificate message, and this server requires one");
                observer.validation(Side.SERVER, none);
                throw new TlsFatalAlert(AlertDescription.certificate_required, none.reason());
            }
            return;
        }
        List<X509Certificate> chain = HandshakeFields.x509Chain(clientCertificate);
        PathValidation validation = validator.validate(chain, setup.trustedClientRoots(), now,
                setup.expectedClient(), KeyPurpose.CLIENT_AUTH);
        observer.validation(Side.SERVER, validation);
        if (!validation.isValid()) {
            throw new TlsFatalAlert(CertificateDecision.alertFor(validation), validation.reason());
        }
    }

    @Override
    public void notifyAlertRaised(short level, short description, String message, Throwable cause) {
        observer.alertRaised(Side.SERVER, description, AlertDescription.getName(description),
                AlertCause.describe(message, cause));
    }

    @Override
    public void notifyAlertReceived(short level, short description) {
        observer.alertReceived(Side.SERVER, description);
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        SecretTap.copy(context, Side.SERVER, observer);
    }
}
