package dev.trustflow.sim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every scenario that ships, in curriculum order. An explicit list rather than ServiceLoader: one place to
 * read, no reflection, and nothing for jlink to miss.
 */
public final class ScenarioCatalog {

    private static final List<Supplier<Scenario>> FACTORIES = List.of(
            dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario::new,
            dev.trustflow.sim.scenarios.credentials.ReplayScenario::new,
            dev.trustflow.sim.scenarios.gateway.AuthnVsAuthzScenario::new,
            dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario::new,
            dev.trustflow.sim.scenarios.oauth.SessionsVsTokensScenario::new,
            dev.trustflow.sim.scenarios.oauth.OAuthCodePkceScenario::new,
            dev.trustflow.sim.scenarios.oauth.ClientCredentialsScenario::new,
            dev.trustflow.sim.scenarios.oauth.OidcSsoScenario::new,
            dev.trustflow.sim.scenarios.oauth.RefreshRotationScenario::new,
            dev.trustflow.sim.scenarios.credentials.ApiKeysScenario::new,
            dev.trustflow.sim.scenarios.credentials.MfaRateLimitScenario::new
    );

    private final List<Scenario> scenarios;

    public ScenarioCatalog() {
        this.scenarios = FACTORIES.stream().map(Supplier::get).toList();
    }

    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scenario with that id, or an error that lists the ids there are. */
    public Scenario require(String id) {
        return find(id).orElseThrow(() -> new OptionException("unknown scenario '" + id + "'; known: "
                + String.join(", ", scenarios.stream().map(Scenario::id).toList())));
    }

    /** A catalog of exactly these scenarios, in this order (tests and tools); ids must be unique. */
    public ScenarioCatalog(List<? extends Scenario> scenarios) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Scenario s : scenarios) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("two scenarios have the id '" + s.id() + "'");
            }
        }
        this.scenarios = List.copyOf(scenarios);
    }
}
