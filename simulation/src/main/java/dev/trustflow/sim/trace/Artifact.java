package dev.trustflow.sim.trace;

import java.util.Objects;

/**
 * Something real that an event carried or produced: a JWT, a JWKS, a PEM certificate, a TLS record, a text.
 *
 * @param type  one of {@link #JWT}, {@link #JWKS}, {@link #PEM_CERTIFICATE}, {@link #PEM_PRIVATE_KEY},
 *              {@link #TLS_RECORD}, {@link #TEXT}, {@link #TABLE}
 * @param label what it is, for a person ("access token")
 * @param text  the artifact itself (compact JWT, JSON, PEM, hex, plain text, a table's tab-separated values)
 */
public record Artifact(String type, String label, String text) {

    public static final String JWT = "jwt";
    public static final String JWKS = "jwks";
    public static final String PEM_CERTIFICATE = "pem-certificate";
    public static final String PEM_PRIVATE_KEY = "pem-private-key";
    public static final String TLS_RECORD = "tls-record";
    public static final String TEXT = "text";
    /** A table the run made, as the tab-separated text of an {@link ArtifactTable}. */
    public static final String TABLE = "table";

    public Artifact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    public static Artifact jwt(String label, String compact) {
        return new Artifact(JWT, label, compact);
    }

    public static Artifact jwks(String label, String json) {
        return new Artifact(JWKS, label, json);
    }

    public static Artifact text(String label, String text) {
        return new Artifact(TEXT, label, text);
    }

    public static Artifact table(String label, ArtifactTable table) {
        return new Artifact(TABLE, label, table.text());
    }
}
