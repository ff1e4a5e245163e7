/**
 * Service-mesh scenarios: workloads that call each other over mutual TLS, each with a short-lived SPIFFE identity
 * from the mesh's CA. Every connection runs a real TLS 1.3 handshake ({@code sim.tls}); the callee authorizes by the
 * SPIFFE ID of the certificate it verified, never by the caller's network location.
 */
package dev.trustflow.sim.scenarios.mesh;
