package dev.trustflow.sim.tls;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A secret of the TLS 1.3 key schedule, copied from an endpoint's security parameters.
 *
 * @param label        its name in the SSLKEYLOGFILE format ({@code CLIENT_HANDSHAKE_TRAFFIC_SECRET}, …)
 * @param clientRandom the ClientHello random that identifies the connection in a key log
 * @param secret       the secret's bytes
 * @param copiedFrom   the endpoint it was copied from
 */
public record TrafficSecret(String label, byte[] clientRandom, byte[] secret, Side copiedFrom) {

    public static final String CLIENT_HANDSHAKE = "CLIENT_HANDSHAKE_TRAFFIC_SECRET";
    public static final String SERVER_HANDSHAKE = "SERVER_HANDSHAKE_TRAFFIC_SECRET";
    public static final String CLIENT_APPLICATION = "CLIENT_TRAFFIC_SECRET_0";
    public static final String SERVER_APPLICATION = "SERVER_TRAFFIC_SECRET_0";
    public static final String EXPORTER = "EXPORTER_SECRET";

    public TrafficSecret {
        Objects.requireNonNull(label, "label");
        clientRandom = clientRandom.clone();
        secret = secret.clone();
        Objects.requireNonNull(copiedFrom, "copiedFrom");
    }

    @Override
    public byte[] clientRandom() {
        return clientRandom.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The line of an SSLKEYLOGFILE: label, client random and secret in hex. */
    public String keyLogLine() {
        HexFormat hex = HexFormat.of();
        return label + " " + hex.formatHex(clientRandom) + " " + hex.formatHex(secret);
    }
}
