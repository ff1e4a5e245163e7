package dev.trustflow.sim.crypto.pki;

import org.bouncycastle.asn1.x509.KeyPurposeId;

/** The extended key usages a leaf certificate can be issued for (RFC 5280 section 4.2.1.12). */
public enum KeyPurpose {
    SERVER_AUTH(KeyPurposeId.id_kp_serverAuth, "serverAuth"),
    CLIENT_AUTH(KeyPurposeId.id_kp_clientAuth, "clientAuth");

    private final KeyPurposeId id;
    private final String label;

    KeyPurpose(KeyPurposeId id, String label) {
        this.id = id;
        this.label = label;
    }

    KeyPurposeId id() {
        return id;
    }

    /** The dotted object identifier, as the JDK's {@code X509Certificate.getExtendedKeyUsage()} lists it. */
    public String oid() {
        return id.getId();
    }

    /** The name RFC 5280 gives it. */
    public String label() {
        return label;
    }
}
