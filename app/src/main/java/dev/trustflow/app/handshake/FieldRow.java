package dev.trustflow.app.handshake;

/** One field of a handshake message ({@code cipher suites = TLS_AES_128_GCM_SHA256, …}), as text. */
public record FieldRow(String name, String value) {
}
