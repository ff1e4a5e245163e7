package dev.trustflow.sim.crypto.jwt;

/** Small helpers shared by the JWT tests. */
final class JwtDecoderTestSupport {

    private JwtDecoderTestSupport() {
    }

    static int signatureLength(String compact) {
        try {
            return JwtDecoder.decode(compact).signatureLength();
        } catch (JwtDecodeException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
