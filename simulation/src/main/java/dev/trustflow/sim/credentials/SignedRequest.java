package dev.trustflow.sim.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * An HTTP request signed by its sender: the signature covers the method, the path, the timestamp, the nonce,
 * the idempotency key (empty when there is none) and the body, one per line, so changing any of them breaks it.
 *
 * @param method         HTTP method
 * @param path           request path
 * @param timestamp      when the sender signed it (its clock)
 * @param nonce          a random value used once
 * @param idempotencyKey the operation's id, the same on a retry; empty when not sent
 * @param body           the body, as sent
 * @param signature      base64 of the DER ECDSA signature over {@link #signingInput()}
 */
public record SignedRequest(String method, String path, Instant timestamp, String nonce, String idempotencyKey,
                            String body, String signature) {

    public SignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(signature, "signature");
    }

    /** The exact text the signature covers. */
    public String signingInput() {
        return signingInput(method, path, timestamp, nonce, idempotencyKey, body);
    }

    static String signingInput(String method, String path, Instant timestamp, String nonce, String idempotencyKey,
                               String body) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + idempotencyKey + "\n" + body;
    }

    /** The same request with another body and the original signature: what a tampering attacker sends. */
    public SignedRequest withBody(String newBody) {
        return new SignedRequest(method, path, timestamp, nonce, idempotencyKey, newBody, signature);
    }

    /** The request as it travels, for the inspector. */
    public String asHttp() {
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\n")
                .append("X-Timestamp: ").append(timestamp).append('\n')
                .append("X-Nonce: ").append(nonce).append('\n');
        if (!idempotencyKey.isEmpty()) {
            text.append("Idempotency-Key: ").append(idempotencyKey).append('\n');
        }
        return text.append("X-Signature: ").append(signature).append("\n\n").append(body).toString();
    }
}
