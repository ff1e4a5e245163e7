package dev.trustflow.sim.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JwtDecoderTest {

    private final JwtTestKit kit = new JwtTestKit();

    @Test
    void decodesWithoutVerifyingAndPrettyPrints() throws JwtDecodeException {
        String token = kit.accessToken(JwtTestKit.EC).sign();

        DecodedJwt decoded = JwtDecoder.decode("  " + token + "\n");

        assertThat(decoded.alg()).isEqualTo("ES256");
        assertThat(decoded.headerJson()).contains("\"kid\" : \"auth-es256\"", "\"typ\" : \"at+jwt\"").contains("\n");
        assertThat(decoded.payloadJson()).contains("\"sub\" : \"alice\"", "\"role\" : \"customer\"");
        assertThat(decoded.headerPart() + "." + decoded.payloadPart() + "." + decoded.signaturePart())
                .isEqualTo(token);
        assertThat(decoded.signatureLength()).isEqualTo(64);
        assertThat(decoded.hasSignature()).isTrue();
    }

    @Test
    void aForgedTokenStillDecodes() throws JwtDecodeException {
        String forged = JwtForgery.withAlg(kit.accessToken(JwtTestKit.EC).sign(), "none", false);

        DecodedJwt decoded = JwtDecoder.decode(forged);

        assertThat(decoded.alg()).isEqualTo("none");
        assertThat(decoded.hasSignature()).isFalse();
    }

    @Test
    void badInputGetsAPlainMessage() {
        assertThatThrownBy(() -> JwtDecoder.decode("abc.def"))
                .isInstanceOf(JwtDecodeException.class).hasMessageContaining("not three dot-separated parts");
        assertThatThrownBy(() -> JwtDecoder.decode("bm90anNvbg.e30.abc"))
                .hasMessage("header is not base64url JSON");
        assertThatThrownBy(() -> JwtDecoder.decode("eyJhbGciOiJFUzI1NiJ9.bm90anNvbg.abc"))
                .hasMessage("payload is not base64url JSON");
        assertThatThrownBy(() -> JwtDecoder.decode("a".repeat(17_000)))
                .hasMessageContaining("16 KB");
        assertThatThrownBy(() -> JwtDecoder.decode("eyJ hbGc.e30.x"))
                .hasMessageContaining("position 3");
        assertThatThrownBy(() -> JwtDecoder.decode(null)).hasMessage("the token is empty");
    }
}
