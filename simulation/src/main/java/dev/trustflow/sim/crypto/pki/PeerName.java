package dev.trustflow.sim.crypto.pki;

import java.util.Objects;

/**
 * The name a peer must prove, as a subjectAltName of its certificate: a DNS name for a server, a URI (a SPIFFE ID)
 * for a workload.
 *
 * @param kind  which kind of general name
 * @param value the name itself
 */
public record PeerName(Kind kind, String value) {

    /** The general-name kinds of RFC 5280 section 4.2.1.6 that the lab uses, with their tag numbers. */
    public enum Kind {
        DNS(2, "DNS"), URI(6, "URI");

        private final int tag;
        private final String label;

        Kind(int tag, String label) {
            this.tag = tag;
            this.label = label;
        }

        /** The GeneralName tag ({@code dNSName} 2, {@code uniformResourceIdentifier} 6). */
        public int tag() {
            return tag;
        }

        public String label() {
            return label;
        }
    }

    public PeerName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static PeerName dns(String hostName) {
        return new PeerName(Kind.DNS, hostName);
    }

    public static PeerName spiffe(SpiffeId id) {
        return new PeerName(Kind.URI, id.toString());
    }

    @Override
    public String toString() {
        return kind.label() + ":" + value;
    }
}
