package dev.trustflow.app.handshake;

/**
 * One secret of the key schedule as it stood after the message.
 *
 * @param label     its SSLKEYLOGFILE label
 * @param shortened the start of its value in hex, for the eye
 * @param value     its whole value in hex, for the clipboard
 * @param derivedBy which endpoints had derived it ({@code client and server})
 * @param protects  what its keys protect in this connection, in words
 */
public record SecretRow(String label, String shortened, String value, String derivedBy, String protects) {
}
