package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;

/** An endpoint's certificate chain and key as bctls signing credentials (ECDSA P-256 with SHA-256). */
final class EndpointCredentials {

    private static final SignatureAndHashAlgorithm ECDSA_SHA256 =
            SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

    private EndpointCredentials() {
    }

    /**
     * @param requestContext the certificate_request_context the Certificate message echoes (empty for a server)
     */
    static TlsCredentialedSigner signer(TlsContext context, JcaTlsCrypto crypto, byte[] requestContext,
                                        IssuedCertificate identity) throws IOException {
        CertificateEntry[] entries = new CertificateEntry[identity.chain().size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new CertificateEntry(crypto.createCertificate(encoded(identity.chain().get(i))), null);
        }
        Certificate certificate = new Certificate(requestContext, entries);
        return new JcaDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, identity.privateKey(),
                certificate, ECDSA_SHA256);
    }

    private static byte[] encoded(X509Certificate certificate) throws IOException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IOException("the certificate could not be encoded", e);
        }
    }
}
