/**
 * A real TLS 1.3 handshake between two endpoints in memory, no sockets: BouncyCastle's TLS API ({@code bctls})
 * in non-blocking mode, one {@code TlsClientProtocol} and one {@code TlsServerProtocol} whose output bytes
 * {@link dev.trustflow.sim.tls.InMemoryTlsConnection} hands to the other side. Everything recorded is observed:
 * handshake messages as the receiving endpoint decrypted them (fields parsed from their bytes by bctls's own
 * parsers), records as they crossed the wire, traffic secrets copied from the endpoints' security parameters, and
 * alerts as the endpoints raised and received them. The certificate decisions inside the handshake are
 * {@link dev.trustflow.sim.crypto.pki.PathValidator}'s, at the run's virtual time.
 */
package dev.trustflow.sim.tls;
