package dev.trustflow.sim.crypto.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a presented chain with the JDK's PKIX {@link CertPathValidator}: its date set to the virtual now,
 * revocation off (the lab publishes no CRLs), the trusted roots as anchors, and the expected name and key purpose
 * as the target certificate's constraints ({@link X509CertSelector}: subjectAltName and extended key usage), which
 * PKIX enforces on the leaf. Every verdict is the validator's; this class only names which constraint of the leaf
 * failed when PKIX says "target certificate constraints check failed", by asking the same selector kind for each.
 */
public final class PathValidator {

    /**
     * @param presented    the chain the peer sent, leaf first (a trailing copy of a trusted root is dropped, as
     *                     PKIX wants the path without its anchor)
     * @param trustedRoots the relying party's trust store
     * @param at           the virtual now
     * @param expectedName the name the leaf must carry as a subjectAltName, or null to accept any name
     * @param purpose      the extended key usage the leaf must allow
     */
    public PathValidation validate(List<X509Certificate> presented, Collection<X509Certificate> trustedRoots,
                                   Instant at, PeerName expectedName, KeyPurpose purpose) {
        if (presented.isEmpty()) {
            return new PathValidation(PathFailure.NO_CERTIFICATE, -1, null, "the peer presented no certificate");
        }
        List<X509Certificate> path = withoutAnchor(presented, trustedRoots);
        X509CertSelector nameConstraint = nameSelector(expectedName);
        X509CertSelector purposeConstraint = purposeSelector(purpose);
        try {
            PKIXParameters parameters = new PKIXParameters(anchors(trustedRoots));
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(false);
            parameters.setTargetCertConstraints(both(expectedName, purpose));
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return PathValidation.valid("PKIX accepted the path of " + path.size() + " certificate(s) to a trusted "
                    + "root at " + at + ", for " + purpose.label()
                    + (expectedName == null ? "" : " as " + expectedName));
        } catch (CertPathValidatorException e) {
            return refused(e, path, expectedName, purpose, nameConstraint, purposeConstraint);
        } catch (InvalidAlgorithmParameterException e) {
            // PKIXParameters refuses an empty trust store: no root is trusted, so no CA is known
            return new PathValidation(PathFailure.UNKNOWN_CA, path.size() - 1, path.get(path.size() - 1),
                    "PKIX: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX validation is unavailable: " + e.getMessage(), e);
        }
    }

    private static PathValidation refused(CertPathValidatorException e, List<X509Certificate> path,
                                          PeerName expectedName, KeyPurpose purpose,
                                          X509CertSelector nameConstraint, X509CertSelector purposeConstraint) {
        int index = e.getIndex();
        CertPathValidatorException.Reason reason = e.getReason();
        String said = e.getMessage() + (e.getCause() == null || e.getMessage().equals(e.getCause().getMessage()) ? ""
                : " (" + e.getCause().getMessage() + ")");
        String pkix = "PKIX " + reason + ": " + said;
        PathFailure failure;
        if (reason == BasicReason.EXPIRED) {
            failure = PathFailure.EXPIRED;
        } else if (reason == BasicReason.NOT_YET_VALID) {
            failure = PathFailure.NOT_YET_VALID;
        } else if (reason == PKIXReason.NO_TRUST_ANCHOR) {
            failure = PathFailure.UNKNOWN_CA;
            index = path.size() - 1;
            pkix += "; the last certificate was issued by "
                    + path.get(index).getIssuerX500Principal().getName() + ", which is not a trusted root";
        } else if (reason == BasicReason.INVALID_SIGNATURE) {
            failure = PathFailure.INVALID_SIGNATURE;
        } else if (index == 0 && !nameConstraint.match(path.get(0))) {
            failure = PathFailure.NAME_MISMATCH;
            // the constraint PKIX names is found out here; say it first, in the certificate's terms
            pkix = "the leaf's subjectAltNames " + subjectAltNames(path.get(0)) + " do not include " + expectedName
                    + " (PKIX: " + said + ")";
        } else if (index == 0 && !purposeConstraint.match(path.get(0))) {
            failure = PathFailure.WRONG_KEY_PURPOSE;
            pkix = "the leaf's extended key usage " + keyPurposes(path.get(0)) + " does not allow " + purpose.label()
                    + " (PKIX: " + said + ")";
        } else {
            failure = PathFailure.OTHER;
        }
        X509Certificate failing = index >= 0 && index < path.size() ? path.get(index) : null;
        return new PathValidation(failure, failing == null ? -1 : index, failing, pkix);
    }

    private static List<X509Certificate> withoutAnchor(List<X509Certificate> presented,
                                                       Collection<X509Certificate> trustedRoots) {
        List<X509Certificate> path = new ArrayList<>(presented);
        if (path.size() > 1 && trustedRoots.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        return path;
    }

    private static Set<TrustAnchor> anchors(Collection<X509Certificate> roots) {
        return roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
    }

    private static X509CertSelector both(PeerName expectedName, KeyPurpose purpose) {
        X509CertSelector selector = purposeSelector(purpose);
        addName(selector, expectedName);
        return selector;
    }

    private static X509CertSelector nameSelector(PeerName expectedName) {
        X509CertSelector selector = new X509CertSelector();
        addName(selector, expectedName);
        return selector;
    }

    private static void addName(X509CertSelector selector, PeerName expectedName) {
        if (expectedName == null) {
            return;
        }
        try {
            selector.addSubjectAlternativeName(expectedName.kind().tag(), expectedName.value());
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid " + expectedName.kind().label() + " name: "
                    + expectedName.value(), e);
        }
    }

    private static X509CertSelector purposeSelector(KeyPurpose purpose) {
        X509CertSelector selector = new X509CertSelector();
        try {
            selector.setExtendedKeyUsage(Set.of(purpose.oid()));
        } catch (IOException e) {
            throw new IllegalStateException("not an object identifier: " + purpose.oid(), e);
        }
        return selector;
    }

    private static String subjectAltNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return "[]";
            }
            return names.stream().map(n -> (Integer) n.get(0) == 2 ? "DNS:" + n.get(1)
                    : (Integer) n.get(0) == 6 ? "URI:" + n.get(1) : n.get(0) + ":" + n.get(1)).toList().toString();
        } catch (CertificateParsingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String keyPurposes(X509Certificate certificate) {
        try {
            List<String> oids = certificate.getExtendedKeyUsage();
            if (oids == null) {
                return "(none)";
            }
            return oids.stream().map(oid -> java.util.Arrays.stream(KeyPurpose.values())
                    .filter(p -> p.oid().equals(oid)).map(KeyPurpose::label).findFirst().orElse(oid)).toList()
                    .toString();
        } catch (CertificateParsingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
