/**
 * Thin, well-named wrappers over JCA, BouncyCastle and JSSE for the primitives lessons use (digests,
 * MACs, signatures). Nothing here is hand-rolled: every check delegates to the library and reports its
 * real outcome as a {@link dev.trustflow.sim.check.CheckResult}.
 */
package dev.trustflow.sim.crypto;
