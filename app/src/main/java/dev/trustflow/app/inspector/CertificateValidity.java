package dev.trustflow.app.inspector;

/** Where a moment falls in a certificate's validity period. */
public enum CertificateValidity {
    /** Before notBefore. */
    NOT_YET_VALID("not yet valid"),
    /** From notBefore to notAfter, both included (as PKIX counts them). */
    VALID("valid"),
    /** After notAfter. */
    EXPIRED("expired");

    private final String words;

    CertificateValidity(String words) {
        this.words = words;
    }

    /** {@code not yet valid}, {@code valid}, {@code expired}. */
    public String words() {
        return words;
    }
}
