package dev.trustflow.sim.tls;

import java.util.Objects;

/**
 * A secret of the key schedule as one endpoint had it: copied from that endpoint right after it handled its
 * {@code afterMessages}-th received handshake message (or at the end of its handshake).
 *
 * @param secret        the secret, {@link TrafficSecret#copiedFrom()} being the endpoint that derived it
 * @param afterMessages how many handshake messages (of both endpoints) had been received when it was copied
 */
public record DerivedSecret(TrafficSecret secret, int afterMessages) {

    public DerivedSecret {
        Objects.requireNonNull(secret, "secret");
    }

    public Side side() {
        return secret.copiedFrom();
    }

    public String label() {
        return secret.label();
    }
}
