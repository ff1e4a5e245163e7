/**
 * JMH benchmarks (module {@code benchmarks}, built only with {@code -Pbench}): raw ES256 verification with the
 * JDK's and BouncyCastle's providers, the gateway's token pipeline, and whole scenario runs. See README.md.
 */
package dev.trustflow.bench;
