package dev.trustflow.sim.crypto.pki;

import dev.trustflow.sim.crypto.EcKeys;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes EC P-256 keys and X.509 v3 certificates signed with ECDSA SHA-256, by BouncyCastle's certificate builder.
 * Key material comes from the run's {@code secure()} randomness; serial numbers from its seeded {@code decisions()}
 * stream, so a certificate's serial is the same in every run with the seed. The certificates are read back by the
 * JDK's own certificate factory, the one its PKIX validator expects.
 */
public final class CertificateMinter {

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String ORGANISATION = "TrustFlow Lab";

    private final SecureRandom keyRandomness;
    private final Random serials;

    public CertificateMinter(SecureRandom keyRandomness, Random serials) {
        this.keyRandomness = Objects.requireNonNull(keyRandomness, "keyRandomness");
        this.serials = Objects.requireNonNull(serials, "serials");
    }

    /** A self-signed root CA: basicConstraints CA (no path length limit), keyCertSign and cRLSign. */
    public CertificateAuthority root(String commonName, Instant notBefore, Duration validity) {
        KeyPair keys = EcKeys.generateP256(keyRandomness);
        X500Name name = name(commonName);
        X509v3CertificateBuilder builder = builder(name, name, keys.getPublic(), notBefore, validity);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(builder, Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(keys.getPublic()));
        return new CertificateAuthority(keys, sign(builder, keys), List.of());
    }

    /** An intermediate CA under {@code parent}: basicConstraints CA with pathlen 0, keyCertSign and cRLSign. */
    public CertificateAuthority intermediate(CertificateAuthority parent, String commonName, Instant notBefore,
                                             Duration validity) {
        KeyPair keys = EcKeys.generateP256(keyRandomness);
        X509v3CertificateBuilder builder = builder(issuerName(parent), name(commonName), keys.getPublic(), notBefore,
                validity);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(0));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        addKeyIdentifiers(builder, keys.getPublic(), parent.certificate());
        return new CertificateAuthority(keys, sign(builder, parent.keys()), aboveOf(parent));
    }

    /** A leaf issued by {@code issuer}: not a CA, digitalSignature, the profile's EKU and subjectAltNames. */
    public IssuedCertificate leaf(CertificateAuthority issuer, LeafProfile profile) {
        KeyPair keys = EcKeys.generateP256(keyRandomness);
        X509v3CertificateBuilder builder = builder(issuerName(issuer), name(profile.commonName()), keys.getPublic(),
                profile.notBefore(), profile.validity());
        addLeafExtensions(builder, profile);
        addKeyIdentifiers(builder, keys.getPublic(), issuer.certificate());
        X509Certificate certificate = sign(builder, issuer.keys());
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuer.presentedChain());
        return new IssuedCertificate(certificate, keys.getPrivate(), chain);
    }

    /** A leaf that signs itself: what a server shows when nobody issued it a certificate. */
    public IssuedCertificate selfSigned(LeafProfile profile) {
        KeyPair keys = EcKeys.generateP256(keyRandomness);
        X500Name name = name(profile.commonName());
        X509v3CertificateBuilder builder = builder(name, name, keys.getPublic(), profile.notBefore(),
                profile.validity());
        addLeafExtensions(builder, profile);
        X509Certificate certificate = sign(builder, keys);
        return new IssuedCertificate(certificate, keys.getPrivate(), List.of(certificate));
    }

    private static List<X509Certificate> aboveOf(CertificateAuthority parent) {
        List<X509Certificate> above = new ArrayList<>();
        above.add(parent.certificate());
        above.addAll(parent.above());
        return above;
    }

    private static void addLeafExtensions(X509v3CertificateBuilder builder, LeafProfile profile) {
        add(builder, Extension.basicConstraints, true, new BasicConstraints(false));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        KeyPurposeId[] purposes = profile.purposes().stream().sorted().map(KeyPurpose::id)
                .toArray(KeyPurposeId[]::new);
        add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
        GeneralName[] names = profile.names().stream().map(n -> new GeneralName(n.kind().tag(), n.value()))
                .toArray(GeneralName[]::new);
        add(builder, Extension.subjectAlternativeName, false, new GeneralNames(names));
    }

    private void addKeyIdentifiers(X509v3CertificateBuilder builder, PublicKey subjectKey, X509Certificate issuer) {
        try {
            add(builder, Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(subjectKey));
            add(builder, Extension.authorityKeyIdentifier, false,
                    extensions().createAuthorityKeyIdentifier(issuer));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("the issuer's certificate could not be encoded", e);
        }
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Instant notBefore,
                                             Duration validity) {
        BigInteger serial = new BigInteger(63, serials).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore),
                Date.from(notBefore.plus(validity)), subject, key);
    }

    private static X500Name name(String commonName) {
        return new X500Name("CN=" + commonName.replace(",", "\\,") + ",O=" + ORGANISATION);
    }

    private static X500Name issuerName(CertificateAuthority issuer) {
        return X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is unavailable", e);
        }
    }

    private static void add(X509v3CertificateBuilder builder, org.bouncycastle.asn1.ASN1ObjectIdentifier oid,
                            boolean critical, org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("extension " + oid + " could not be encoded", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) {
        try {
            var contentSigner = new JcaContentSignerBuilder(SIGNATURE).setProvider(EcKeys.provider())
                    .build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("a certificate could not be signed: " + e.getMessage(), e);
        }
    }
}
