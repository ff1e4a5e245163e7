/**
 * The inspector's handshake view: for a {@code tls.message}, the message's fields in plain words, the records that
 * carried it as a hex dump (encrypted or in the clear), and the TLS 1.3 key schedule as it stood once the message
 * was handled. Everything is read from the event's {@code handshake} data (the recording's own bytes and secrets).
 * View-models never see a Node.
 */
package dev.trustflow.app.handshake;
