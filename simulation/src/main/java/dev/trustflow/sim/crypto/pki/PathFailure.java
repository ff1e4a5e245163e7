package dev.trustflow.sim.crypto.pki;

/** Why a certification path was refused, as the PKIX validator reported it. */
public enum PathFailure {
    /** A certificate's notAfter is before the validation date ({@code BasicReason.EXPIRED}). */
    EXPIRED,
    /** A certificate's notBefore is after the validation date ({@code BasicReason.NOT_YET_VALID}). */
    NOT_YET_VALID,
    /** The path does not chain to any trusted root ({@code PKIXReason.NO_TRUST_ANCHOR}). */
    UNKNOWN_CA,
    /** A signature in the path does not verify ({@code BasicReason.INVALID_SIGNATURE}). */
    INVALID_SIGNATURE,
    /** The leaf's subjectAltNames do not hold the expected name (target certificate constraints). */
    NAME_MISMATCH,
    /** The leaf's extended key usage does not allow this purpose (target certificate constraints). */
    WRONG_KEY_PURPOSE,
    /** The peer presented no certificate at all. */
    NO_CERTIFICATE,
    /** Any other reason the validator gave; the reason text says which. */
    OTHER
}
