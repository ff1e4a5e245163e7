package dev.trustflow.sim.scenarios;

import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every scenario that ships, in curriculum order. An explicit list rather than ServiceLoader: one place to read,
 * no reflection, and nothing for jlink to miss. It lives here, beside the scenarios, so that the scenario API
 * ({@code sim.scenario}) does not depend on its content (docs/ARCHITECTURE.md, "Packages").
 */
public final class BundledScenarios {

    private static final List<Supplier<Scenario>> FACTORIES = List.of(
            dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario::new,
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
            dev.trustflow.sim.scenarios.credentials.MfaRateLimitScenario::new,
            dev.trustflow.sim.scenarios.tls.TlsAndCertificatesScenario::new,
            dev.trustflow.sim.scenarios.mesh.MtlsWorkloadIdentityScenario::new,
            dev.trustflow.sim.scenarios.zerotrust.PerimeterVsZeroTrustScenario::new,
            dev.trustflow.sim.scenarios.blast.BlastRadiusScenario::new,
            dev.trustflow.sim.scenarios.authz.AuthorizationModelsScenario::new,
            dev.trustflow.sim.scenarios.secrets.SecretsManagementScenario::new,
            dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario::new,
            dev.trustflow.sim.scenarios.capstone.DesignMistakesScenario::new
    );

    private BundledScenarios() {
    }

    /** A fresh catalog of the bundled scenarios. */
    public static ScenarioCatalog catalog() {
        return new ScenarioCatalog(FACTORIES.stream().map(Supplier::get).toList());
    }
}
