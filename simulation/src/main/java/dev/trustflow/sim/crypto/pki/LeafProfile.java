package dev.trustflow.sim.crypto.pki;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a leaf certificate says: its common name, its subjectAltNames, the extended key usages it is issued for and
 * its validity on the virtual clock ({@code notBefore} to {@code notBefore + validity}).
 */
public record LeafProfile(String commonName, List<PeerName> names, Set<KeyPurpose> purposes, Instant notBefore,
                          Duration validity) {

    public LeafProfile {
        Objects.requireNonNull(commonName, "commonName");
        names = List.copyOf(names);
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(notBefore, "notBefore");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a certificate's validity is positive: " + validity);
        }
        if (names.isEmpty() || purposes.isEmpty()) {
            throw new IllegalArgumentException("a leaf names at least one subjectAltName and one key purpose");
        }
    }

    /** A TLS server: DNS names, {@code serverAuth}. The first name is also the common name. */
    public static LeafProfile server(Instant notBefore, Duration validity, String... dnsNames) {
        List<PeerName> names = java.util.Arrays.stream(dnsNames).map(PeerName::dns).toList();
        return new LeafProfile(dnsNames[0], names, Set.of(KeyPurpose.SERVER_AUTH), notBefore, validity);
    }

    /** A workload: its SPIFFE ID as the URI SAN, {@code clientAuth} and {@code serverAuth} (it calls and serves). */
    public static LeafProfile workload(SpiffeId id, Instant notBefore, Duration validity) {
        return workload(id, Set.of(KeyPurpose.CLIENT_AUTH, KeyPurpose.SERVER_AUTH), notBefore, validity);
    }

    /** A workload issued for exactly the given purposes. */
    public static LeafProfile workload(SpiffeId id, Set<KeyPurpose> purposes, Instant notBefore, Duration validity) {
        return new LeafProfile(id.serviceAccount(), List.of(PeerName.spiffe(id)), purposes, notBefore, validity);
    }

    public Instant notAfter() {
        return notBefore.plus(validity);
    }
}
