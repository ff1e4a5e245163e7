/**
 * X.509 over BouncyCastle and the JDK's PKIX: a certificate authority hierarchy issued per run
 * ({@link dev.trustflow.sim.crypto.pki.CaHierarchy}: root, intermediate with pathlen 0, leaves for servers with DNS
 * names and for workloads with SPIFFE URIs), validity on the run's virtual clock, and
 * {@link dev.trustflow.sim.crypto.pki.PathValidator}: the JDK's PKIX {@code CertPathValidator} with its date set to
 * virtual now, whose {@link dev.trustflow.sim.crypto.pki.PathValidation} names the certificate that failed and the
 * library's own reason. Nothing here compares dates or names by hand.
 */
package dev.trustflow.sim.crypto.pki;
