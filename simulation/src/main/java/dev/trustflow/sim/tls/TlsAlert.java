package dev.trustflow.sim.tls;

import dev.trustflow.sim.crypto.pki.PathValidation;
import java.util.Objects;
import java.util.Optional;

/**
 * A fatal alert that ended the handshake, as the endpoint that raised it reported it.
 *
 * @param raisedBy    the endpoint that sent the alert
 * @param code        the AlertDescription number
 * @param description its TLS name ({@code unknown_ca}, {@code certificate_expired}, …)
 * @param message     the raising endpoint's message (for a certificate decision: the PKIX reason)
 * @param validation  the path validation behind it, when a certificate decision raised it
 * @param received    whether the other endpoint received it
 */
public record TlsAlert(Side raisedBy, short code, String description, String message, PathValidation validation,
                       boolean received) {

    public TlsAlert {
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(description, "description");
        message = message == null ? "" : message;
    }

    public Optional<PathValidation> pathValidation() {
        return Optional.ofNullable(validation);
    }
}
