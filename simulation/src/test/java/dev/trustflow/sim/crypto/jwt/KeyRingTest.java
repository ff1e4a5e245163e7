package dev.trustflow.sim.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void ecKeysAreFreshPerRingAndRsaKeysAreSharedByNameThroughOneCache() {
        RsaKeyCache cache = new RsaKeyCache();
        KeyRing a = new KeyRing(cache);
        KeyRing b = new KeyRing(cache);

        assertThat(a.es256("k").toPublicJWK()).isNotEqualTo(b.es256("k").toPublicJWK());
        assertThat(a.es256("k")).isSameAs(a.es256("k"));
        assertThat(a.rs256("shared-rsa")).isSameAs(b.rs256("shared-rsa"));
        assertThat(a.hs256("s").toByteArray()).hasSize(32).isNotEqualTo(b.hs256("s").toByteArray());
        assertThat(cache.generated()).isEqualTo(1);
        assertThat(new KeyRing().rs256("shared-rsa")).isNotEqualTo(a.rs256("shared-rsa"));
    }

    @Test
    void jwksPublishesOnlyPublicHalvesOfAsymmetricKeys() {
        KeyRing ring = new KeyRing();
        ring.es256("ec");
        ring.rs256("rsa");
        ring.hs256("secret");

        assertThat(ring.jwks().getKeys()).extracting(JWK::getKeyID).containsExactly("ec", "rsa");
        assertThat(ring.jwks().getKeys()).noneMatch(JWK::isPrivate);
        assertThat(ring.jwks().toString()).doesNotContain("\"d\"");
        assertThat(ring.secrets().getKeys()).extracting(JWK::getKeyID).containsExactly("secret");
        assertThatThrownBy(() -> ring.rs256("ec")).hasMessageContaining("already exists");
    }
}
