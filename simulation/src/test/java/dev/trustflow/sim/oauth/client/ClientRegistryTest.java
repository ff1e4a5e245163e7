package dev.trustflow.sim.oauth.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientRegistryTest {

    private final ClientRegistry registry = new ClientRegistry(new OpaqueSecrets());
    private final String secret = registry.registerConfidential("billing", "Billing", List.of(),
            Set.of("invoices:read"));
    private final RegisteredClient app = registry.registerPublic("photo-app", "PrintShop",
            List.of("https://print.example/callback"), Set.of("photos:read"));

    @Test
    void theSecretIsStoredOnlyAsAHash() {
        RegisteredClient billing = registry.find("billing").orElseThrow();
        assertThat(billing.secretHash()).isEqualTo(OpaqueSecrets.hash(secret)).isNotEqualTo(secret);
        assertThat(registry.describe()).doesNotContain(secret);
    }

    @Test
    void confidentialClientsMustPresentTheirSecret() {
        assertThat(registry.authenticate("billing", secret).passed()).isTrue();
        assertThat(registry.authenticate("billing", "cs_guess").reason()).contains("does not match");
        assertThat(registry.authenticate("billing", null).passed()).isFalse();
        assertThat(registry.authenticate("nobody", secret).reason()).contains("no client");
    }

    @Test
    void publicClientsAreIdentifiedNotAuthenticated() {
        assertThat(registry.authenticate("photo-app", null).passed()).isTrue();
        assertThat(registry.authenticate("photo-app", "x").passed()).isFalse();
    }

    @Test
    void exactMatchingRefusesLookAlikeHosts() {
        assertThat(registry.checkRedirect(app, "https://print.example/callback", RedirectMatching.EXACT).passed())
                .isTrue();
        assertThat(registry.checkRedirect(app, "https://print.example.attacker.test/callback",
                RedirectMatching.EXACT).passed()).isFalse();
        assertThat(registry.checkRedirect(app, "https://print.example/callback/", RedirectMatching.EXACT).passed())
                .isFalse();
    }

    @Test
    void prefixMatchingLetsALookAlikeHostThrough() {
        var result = registry.checkRedirect(app, "https://print.example.attacker.test/callback",
                RedirectMatching.PREFIX);
        assertThat(result.passed()).isTrue();
        assertThat(result.reason()).contains("not an exact match");
        assertThat(registry.checkRedirect(app, "https://attacker.test/callback", RedirectMatching.PREFIX).passed())
                .isFalse();
    }

    @Test
    void prefixMatchingStillAcceptsAnExactCustomSchemeRedirect() {
        ClientRegistry phone = new ClientRegistry(new OpaqueSecrets());
        var app = phone.registerPublic("printshop", "PrintShop", List.of("com.example.printshop:/callback"),
                Set.of("photos:read"));
        assertThat(phone.checkRedirect(app, "com.example.printshop:/callback", RedirectMatching.PREFIX).passed())
                .isTrue();
        assertThat(phone.checkRedirect(app, "com.example.printshop:/callback2", RedirectMatching.PREFIX).passed())
                .isFalse();
    }
}
