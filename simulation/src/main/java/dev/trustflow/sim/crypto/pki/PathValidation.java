package dev.trustflow.sim.crypto.pki;

import dev.trustflow.sim.check.CheckResult;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The outcome of one PKIX path validation: valid, or the failure, the certificate it is about (its position in the
 * presented chain, 0 for the leaf) and the validator's own reason and message.
 *
 * @param failure      null when the path is valid
 * @param failingIndex position in the presented chain of the certificate that failed; -1 when valid or none
 * @param failing      the certificate that failed; null when valid or none
 * @param reason       for a valid path: what was verified; for a failure: the PKIX reason and message
 */
public record PathValidation(PathFailure failure, int failingIndex, X509Certificate failing, String reason) {

    /** The check id a path validation reports as. */
    public static final String CHECK = "pki.path";

    public static PathValidation valid(String what) {
        return new PathValidation(null, -1, null, what);
    }

    public boolean isValid() {
        return failure == null;
    }

    public Optional<X509Certificate> failingCertificate() {
        return Optional.ofNullable(failing);
    }

    /** The failing certificate's subject (RFC 4514), or an empty string. */
    public String failingSubject() {
        return failing == null ? "" : failing.getSubjectX500Principal().getName();
    }

    public CheckResult toCheck() {
        return new CheckResult(CHECK, isValid(), reason);
    }
}
