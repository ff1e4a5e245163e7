package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.PathValidation;
import org.bouncycastle.tls.AlertDescription;

/**
 * The alert an endpoint sends for a refused certificate, from the path validator's reason. The mapping is
 * OpenSSL's ({@code ssl_verify_alarm_type}) and RFC 8446 section 6.2's: an unknown issuer is {@code unknown_ca}, an
 * expired certificate {@code certificate_expired}, a certificate for another name (or not yet valid, or with a bad
 * signature) {@code bad_certificate}, a key purpose that does not allow the use {@code unsupported_certificate},
 * and no certificate where one is required {@code certificate_required}.
 */
final class CertificateDecision {

    private CertificateDecision() {
    }

    static short alertFor(PathValidation validation) {
        return switch (validation.failure()) {
            case UNKNOWN_CA -> AlertDescription.unknown_ca;
            case EXPIRED -> AlertDescription.certificate_expired;
            case WRONG_KEY_PURPOSE -> AlertDescription.unsupported_certificate;
            case NO_CERTIFICATE -> AlertDescription.certificate_required;
            case NAME_MISMATCH, NOT_YET_VALID, INVALID_SIGNATURE, OTHER -> AlertDescription.bad_certificate;
        };
    }
}
