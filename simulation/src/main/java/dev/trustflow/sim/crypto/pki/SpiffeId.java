package dev.trustflow.sim.crypto.pki;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A workload identity in the SPIFFE form {@code spiffe://<trust domain>/ns/<namespace>/sa/<service account>}, the
 * URI a workload certificate carries as its subjectAltName.
 */
public record SpiffeId(String trustDomain, String namespace, String serviceAccount) {

    /** The trust domain of every workload in the lab. */
    public static final String LAB_TRUST_DOMAIN = "trustflow.demo";

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    public SpiffeId {
        requireSegment(trustDomain, "trust domain");
        requireSegment(namespace, "namespace");
        requireSegment(serviceAccount, "service account");
    }

    /** A workload of the lab's trust domain. */
    public static SpiffeId of(String namespace, String serviceAccount) {
        return new SpiffeId(LAB_TRUST_DOMAIN, namespace, serviceAccount);
    }

    public URI uri() {
        return URI.create(toString());
    }

    @Override
    public String toString() {
        return "spiffe://" + trustDomain + "/ns/" + namespace + "/sa/" + serviceAccount;
    }

    private static void requireSegment(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException("a SPIFFE " + what + " is lower-case letters, digits, '.' and '-': "
                    + value);
        }
    }
}
