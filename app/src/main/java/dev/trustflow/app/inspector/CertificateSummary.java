package dev.trustflow.app.inspector;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the inspector shows of one X.509 certificate, read with the JDK's {@code CertificateFactory}, judged
 * against one moment (the event's virtual time). Pure Java: computing it hashes, so it runs off the FX thread.
 *
 * @param subject          the subject's distinguished name (RFC 2253)
 * @param issuer           the issuer's distinguished name (RFC 2253)
 * @param subjectAltNames  {@code DNS bank.example}, {@code URI spiffe://...}, {@code IP 192.0.2.1}...
 * @param notBefore        start of validity
 * @param notAfter         end of validity
 * @param at               the moment it is judged against
 * @param keyUsage         the key usage bits set, by their RFC 5280 names; empty when the extension is absent
 * @param extendedKeyUsage the extended key usages by name ({@code serverAuth}), an unknown one by its OID
 * @param ca               the basic constraints in words: {@code CA, path length 0}, or {@code not a CA}
 * @param serial           the serial number in hex
 * @param sha256           the SHA-256 fingerprint of the DER encoding, colon-separated upper-case hex
 */
public record CertificateSummary(String subject, String issuer, List<String> subjectAltNames, Instant notBefore,
                                 Instant notAfter, Instant at, List<String> keyUsage, List<String> extendedKeyUsage,
                                 String ca, String serial, String sha256) {

    private static final List<String> KEY_USAGE_BITS = List.of("digitalSignature", "nonRepudiation",
            "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly",
            "decipherOnly");
    private static final Map<String, String> EKU_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth",
            "1.3.6.1.5.5.7.3.2", "clientAuth",
            "1.3.6.1.5.5.7.3.3", "codeSigning",
            "1.3.6.1.5.5.7.3.4", "emailProtection",
            "1.3.6.1.5.5.7.3.8", "timeStamping",
            "1.3.6.1.5.5.7.3.9", "OCSPSigning",
            "2.5.29.37.0", "anyExtendedKeyUsage");
    private static final Map<Integer, String> SAN_TYPES = Map.of(1, "email", 2, "DNS", 4, "DirName", 6, "URI",
            7, "IP", 8, "RID");

    public CertificateSummary {
        subjectAltNames = List.copyOf(subjectAltNames);
        keyUsage = List.copyOf(keyUsage);
        extendedKeyUsage = List.copyOf(extendedKeyUsage);
    }

    /** Parses one PEM (or DER) certificate and summarises it against {@code at}. */
    public static CertificateSummary fromPem(String pem, Instant at) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        var certificate = factory.generateCertificate(
                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (!(certificate instanceof X509Certificate x509)) {
            throw new CertificateException("not an X.509 certificate");
        }
        return of(x509, at);
    }

    /** Summarises {@code certificate} against {@code at}. */
    public static CertificateSummary of(X509Certificate certificate, Instant at) throws CertificateException {
        return new CertificateSummary(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), subjectAltNames(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), at,
                keyUsage(certificate), extendedKeyUsage(certificate), ca(certificate),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT), sha256(certificate));
    }

    /** What the certificate is by its own fields: {@code root CA}, {@code intermediate CA}, {@code leaf}... */
    public String role() {
        boolean selfIssued = subject.equals(issuer);
        if (ca.startsWith("CA")) {
            return selfIssued ? "root CA" : "intermediate CA";
        }
        return selfIssued ? "self-signed leaf" : "leaf";
    }

    /** Where {@link #at()} falls in the validity period. */
    public CertificateValidity validity() {
        if (at.isBefore(notBefore)) {
            return CertificateValidity.NOT_YET_VALID;
        }
        return at.isAfter(notAfter) ? CertificateValidity.EXPIRED : CertificateValidity.VALID;
    }

    /** How far through its validity {@link #at()} is, 0 at notBefore to 1 at notAfter, clamped to [0, 1]. */
    public double elapsed() {
        long total = Duration.between(notBefore, notAfter).toMillis();
        if (total <= 0) {
            return at.isBefore(notBefore) ? 0 : 1;
        }
        double fraction = (double) Duration.between(notBefore, at).toMillis() / total;
        return Math.max(0, Math.min(1, fraction));
    }

    /** The validity in words against the moment: {@code valid, expires in 23 h} or {@code expired 1 h ago}. */
    public String validityNote() {
        switch (validity()) {
            case NOT_YET_VALID:
                return "not yet valid: starts in " + VirtualTimes.span(Duration.between(at, notBefore));
            case EXPIRED:
                return "expired " + VirtualTimes.span(Duration.between(notAfter, at)) + " before this event";
            default:
                return "valid: expires in " + VirtualTimes.span(Duration.between(at, notAfter));
        }
    }

    private static List<String> subjectAltNames(X509Certificate certificate) throws CertificateParsingException {
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        List<String> out = new ArrayList<>();
        if (names != null) {
            for (List<?> name : names) {
                Object value = name.get(1);
                String shown = value instanceof String text ? text : HexFormat.of().formatHex((byte[]) value);
                out.add(SAN_TYPES.getOrDefault((Integer) name.get(0), "other") + " " + shown);
            }
        }
        return out;
    }

    private static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        List<String> out = new ArrayList<>();
        for (int i = 0; bits != null && i < bits.length; i++) {
            if (bits[i]) {
                out.add(i < KEY_USAGE_BITS.size() ? KEY_USAGE_BITS.get(i) : "bit " + i);
            }
        }
        return out;
    }

    private static List<String> extendedKeyUsage(X509Certificate certificate) throws CertificateParsingException {
        List<String> oids = certificate.getExtendedKeyUsage();
        return oids == null ? List.of() : oids.stream().map(oid -> EKU_NAMES.getOrDefault(oid, oid)).toList();
    }

    private static String ca(X509Certificate certificate) {
        int pathLength = certificate.getBasicConstraints();
        if (pathLength < 0) {
            return "not a CA";
        }
        return pathLength == Integer.MAX_VALUE ? "CA, any path length" : "CA, path length " + pathLength;
    }

    private static String sha256(X509Certificate certificate) throws CertificateEncodingException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
