/**
 * What a secrets vault keeps and decides, with no simulation around it: workload login (PKIX path of the
 * workload certificate and an ECDSA proof of its key), dynamic database credentials with leases on the virtual
 * clock ({@link dev.trustflow.sim.vault.Leases}, {@link dev.trustflow.sim.vault.DatabaseRoles}), envelope
 * encryption (AES-256-GCM data keys wrapped by a key-encryption key with AES key wrap, RFC 5649, both JCA) and
 * the audit log of every access. See docs/ARCHITECTURE.md, "Secrets and envelope encryption".
 */
package dev.trustflow.sim.vault;
