/**
 * TLS scenarios: a browser's real TLS 1.3 handshake with a bank ({@code sim.tls}), the certificate decision made
 * by PKIX at the run's virtual time ({@code sim.crypto.pki}), and what a man-in-the-middle can and cannot read.
 */
package dev.trustflow.sim.scenarios.tls;
