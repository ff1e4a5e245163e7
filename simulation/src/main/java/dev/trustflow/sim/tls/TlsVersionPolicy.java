package dev.trustflow.sim.tls;

import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.TlsCrypto;

/** TLS 1.3 only: its three AEAD cipher suites of RFC 8446 section B.4 that the crypto supports. */
final class TlsVersionPolicy {

    private static final int[] TLS13_SUITES = {
        CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
    };

    private TlsVersionPolicy() {
    }

    static int[] cipherSuites(TlsCrypto crypto) {
        return TlsUtils.getSupportedCipherSuites(crypto, TLS13_SUITES);
    }
}
