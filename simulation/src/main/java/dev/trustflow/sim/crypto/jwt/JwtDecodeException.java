package dev.trustflow.sim.crypto.jwt;

/** A token that cannot even be decoded; the message says what is wrong in plain words. */
public final class JwtDecodeException extends Exception {
    public JwtDecodeException(String message) {
        super(message);
    }
}
