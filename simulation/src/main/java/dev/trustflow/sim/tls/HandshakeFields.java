package dev.trustflow.sim.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.stream.Collectors;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CertificateVerify;
import org.bouncycastle.tls.ClientHello;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.KeyShareEntry;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.ServerHello;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.SignatureScheme;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsExtensionsUtils;
import org.bouncycastle.tls.TlsUtils;

/**
 * The main fields of a handshake message, parsed from its bytes by bctls's own parsers ({@code ClientHello.parse},
 * {@code ServerHello.parse}, {@code CertificateRequest.parse}, {@code Certificate.parse},
 * {@code CertificateVerify.parse}) and the extension readers of {@code TlsExtensionsUtils}; where bctls has no
 * public parser (EncryptedExtensions, NewSessionTicket, Finished) the fields are read with its {@code TlsUtils}
 * readers in the layout of RFC 8446 section 4. Never set from what the endpoint was configured to send.
 */
final class HandshakeFields {

    private static final HexFormat HEX = HexFormat.of();

    private HandshakeFields() {
    }

    /** The fields of a message whose body (after the 4-byte header) is {@code body}. */
    static Map<String, String> parse(String type, byte[] body, TlsContext context) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("length", Integer.toString(body.length));
        try {
            switch (type) {
                case "client_hello" -> clientHello(body, fields);
                case "server_hello" -> serverHello(body, fields);
                case "encrypted_extensions" -> fields.put("extensions", extensionNames(body, 0));
                case "certificate_request" -> certificateRequest(body, context, fields);
                case "certificate" -> certificate(body, context, fields);
                case "certificate_verify" -> certificateVerify(body, context, fields);
                case "finished" -> fields.put("verify_data", HEX.formatHex(body));
                case "new_session_ticket" -> newSessionTicket(body, fields);
                default -> { }
            }
        } catch (IOException | RuntimeException e) {
            fields.put("unparsed", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return fields;
    }

    private static void clientHello(byte[] body, Map<String, String> fields) throws IOException {
        ClientHello hello = ClientHello.parse(new ByteArrayInputStream(body), null);
        Hashtable<?, ?> extensions = hello.getExtensions();
        fields.put("legacy_version", hello.getVersion().toString());
        fields.put("random", HEX.formatHex(hello.getRandom()));
        fields.put("legacy_session_id", HEX.formatHex(hello.getSessionID()));
        fields.put("cipher_suites", join(java.util.Arrays.stream(hello.getCipherSuites())
                .mapToObj(TlsNames::cipherSuite).toList()));
        ProtocolVersion[] versions = TlsExtensionsUtils.getSupportedVersionsExtensionClient(extensions);
        if (versions != null) {
            fields.put("supported_versions", join(java.util.Arrays.stream(versions).map(Object::toString).toList()));
        }
        int[] groups = TlsExtensionsUtils.getSupportedGroupsExtension(extensions);
        if (groups != null) {
            fields.put("supported_groups", join(java.util.Arrays.stream(groups).mapToObj(TlsNames::group).toList()));
        }
        Vector<?> shares = TlsExtensionsUtils.getKeyShareClientHello(extensions);
        if (shares != null) {
            fields.put("key_share", join(shares.stream().map(s -> keyShare((KeyShareEntry) s)).toList()));
        }
        Vector<?> serverNames = TlsExtensionsUtils.getServerNameExtensionClient(extensions);
        if (serverNames != null) {
            fields.put("server_name", join(serverNames.stream()
                    .map(n -> new String(((ServerName) n).getNameData(), java.nio.charset.StandardCharsets.US_ASCII))
                    .toList()));
        }
        Vector<?> algorithms = TlsExtensionsUtils.getSignatureAlgorithmsExtension(extensions);
        if (algorithms != null) {
            fields.put("signature_algorithms", signatureAlgorithms(algorithms));
        }
        fields.put("extensions", join(extensions.keySet().stream().map(k -> ExtensionType.getName((Integer) k))
                .sorted().toList()));
    }

    private static void serverHello(byte[] body, Map<String, String> fields) throws IOException {
        ServerHello hello = ServerHello.parse(new ByteArrayInputStream(body));
        Hashtable<?, ?> extensions = hello.getExtensions();
        fields.put("hello_retry_request", Boolean.toString(hello.isHelloRetryRequest()));
        fields.put("random", HEX.formatHex(hello.getRandom()));
        fields.put("cipher_suite", TlsNames.cipherSuite(hello.getCipherSuite()));
        ProtocolVersion version = TlsExtensionsUtils.getSupportedVersionsExtensionServer(extensions);
        if (version != null) {
            fields.put("selected_version", version.toString());
        }
        KeyShareEntry share = TlsExtensionsUtils.getKeyShareServerHello(extensions);
        if (share != null) {
            fields.put("key_share", keyShare(share));
        }
        fields.put("extensions", join(extensions.keySet().stream().map(k -> ExtensionType.getName((Integer) k))
                .sorted().toList()));
    }

    private static void certificateRequest(byte[] body, TlsContext context, Map<String, String> fields)
            throws IOException {
        CertificateRequest request = CertificateRequest.parse(context, new ByteArrayInputStream(body));
        fields.put("certificate_request_context", HEX.formatHex(request.getCertificateRequestContext()));
        if (request.getSupportedSignatureAlgorithms() != null) {
            fields.put("signature_algorithms", signatureAlgorithms(request.getSupportedSignatureAlgorithms()));
        }
        Vector<?> authorities = request.getCertificateAuthorities();
        fields.put("certificate_authorities", authorities == null ? "(any)" : join(authorities.stream()
                .map(Object::toString).toList()));
    }

    private static void certificate(byte[] body, TlsContext context, Map<String, String> fields)
            throws IOException {
        Certificate certificate = Certificate.parse(new Certificate.ParseOptions(), context,
                new ByteArrayInputStream(body), null);
        byte[] requestContext = certificate.getCertificateRequestContext();
        fields.put("certificate_request_context", requestContext == null ? "" : HEX.formatHex(requestContext));
        fields.put("certificates", Integer.toString(certificate.getLength()));
        List<String> subjects = new ArrayList<>();
        for (X509Certificate x509 : x509Chain(certificate)) {
            subjects.add(x509.getSubjectX500Principal().getName());
        }
        fields.put("subjects", join(subjects));
    }

    private static void certificateVerify(byte[] body, TlsContext context, Map<String, String> fields)
            throws IOException {
        CertificateVerify verify = CertificateVerify.parse(context, new ByteArrayInputStream(body));
        fields.put("algorithm", TlsNames.signatureScheme(verify.getAlgorithm()));
        fields.put("signature", HEX.formatHex(verify.getSignature()));
    }

    private static void newSessionTicket(byte[] body, Map<String, String> fields) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        fields.put("ticket_lifetime", Long.toString(TlsUtils.readUint32(in)));
        fields.put("ticket_age_add", Long.toString(TlsUtils.readUint32(in)));
        fields.put("ticket_nonce", HEX.formatHex(TlsUtils.readOpaque8(in)));
        fields.put("ticket_length", Integer.toString(TlsUtils.readOpaque16(in).length));
    }

    /** The X.509 certificates of a Certificate message, read by the JDK's certificate factory. */
    static List<X509Certificate> x509Chain(Certificate certificate) throws IOException {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (int i = 0; i < certificate.getLength(); i++) {
                chain.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(certificate.getCertificateAt(i).getEncoded())));
            }
        } catch (CertificateException e) {
            throw new IOException("a certificate in the chain is not X.509: " + e.getMessage(), e);
        }
        return chain;
    }

    /** The extension type names of an extensions block ({@code uint16} length, then type, length, data). */
    private static String extensionNames(byte[] body, int offset) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body, offset, body.length - offset);
        byte[] block = TlsUtils.readOpaque16(in);
        ByteArrayInputStream extensions = new ByteArrayInputStream(block);
        List<String> names = new ArrayList<>();
        while (extensions.available() > 0) {
            names.add(ExtensionType.getName(TlsUtils.readUint16(extensions)));
            TlsUtils.readOpaque16(extensions);
        }
        return names.isEmpty() ? "(none)" : join(names);
    }

    private static String keyShare(KeyShareEntry share) {
        return TlsNames.group(share.getNamedGroup()) + " (" + share.getKeyExchange().length + " bytes: "
                + HEX.formatHex(share.getKeyExchange()) + ")";
    }

    private static String signatureAlgorithms(Vector<?> algorithms) {
        return join(algorithms.stream()
                .map(a -> TlsNames.signatureScheme(SignatureScheme.from((SignatureAndHashAlgorithm) a))).toList());
    }

    private static String join(List<String> values) {
        return values.stream().collect(Collectors.joining(", "));
    }
}
