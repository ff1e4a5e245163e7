package dev.trustflow.sim.crypto.pki;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One organisation's CA hierarchy, issued per run: a root (the trust anchor relying parties hold) and an
 * intermediate with path length 0 under it, which issues every leaf. A leaf presents itself and the intermediate.
 */
public final class CaHierarchy {

    private final String organisation;
    private final CertificateMinter minter;
    private final CertificateAuthority root;
    private final CertificateAuthority intermediate;

    private CaHierarchy(String organisation, CertificateMinter minter, CertificateAuthority root,
                        CertificateAuthority intermediate) {
        this.organisation = organisation;
        this.minter = minter;
        this.root = root;
        this.intermediate = intermediate;
    }

    /**
     * Issues {@code "<organisation> Root CA"} and {@code "<organisation> Issuing CA"}, both valid from
     * {@code notBefore} for {@code validity} on the virtual clock.
     */
    public static CaHierarchy create(String organisation, CertificateMinter minter, Instant notBefore,
                                     Duration validity) {
        Objects.requireNonNull(organisation, "organisation");
        CertificateAuthority root = minter.root(organisation + " Root CA", notBefore, validity);
        CertificateAuthority intermediate = minter.intermediate(root, organisation + " Issuing CA", notBefore,
                validity);
        return new CaHierarchy(organisation, minter, root, intermediate);
    }

    /** A leaf issued by the intermediate. */
    public IssuedCertificate issue(LeafProfile profile) {
        return minter.leaf(intermediate, profile);
    }

    public String organisation() {
        return organisation;
    }

    /** The root certificate: the trust anchor. */
    public X509Certificate root() {
        return root.certificate();
    }

    public X509Certificate intermediate() {
        return intermediate.certificate();
    }
}
