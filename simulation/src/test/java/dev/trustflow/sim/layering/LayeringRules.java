package dev.trustflow.sim.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the simulation module as ArchUnit rules (docs/ARCHITECTURE.md, "Packages"). Each rule is made
 * for a root package, so that {@link LayeringTest} checks the very same rule against {@code dev.trustflow.sim}
 * and against the planted violations under {@code dev.trustflow.sim.layering.planted}.
 */
final class LayeringRules {

    private LayeringRules() {
    }

    /** The simulation runs headless and knows nothing of the app that shows it. */
    static ArchRule noJavaFxNorApp(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.trustflow.app..")
                .because("the simulation is a library without UI: the app depends on it, never the reverse");
    }

    /** The real checks and protocols are the ground floor: engine and scenarios use them, never the reverse. */
    static ArchRule checksAndProtocolsBelowEngine(String root) {
        return noClasses().that().resideInAnyPackage(root + ".check..", root + ".crypto..",
                        root + ".credentials..", root + ".oauth..", root + ".tls..", root + ".vault..",
                        root + ".authz..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".engine..", root + ".scenario..",
                        root + ".scenarios..")
                .because("a check fails in the library for the real reason, whoever runs it");
    }

    /** The scenario API does not know the scenarios it runs; the catalog of them lives beside them. */
    static ArchRule scenarioApiIndependentOfScenarios(String root) {
        return noClasses().that().resideInAPackage(root + ".scenario..")
                .should().dependOnClassesThat().resideInAPackage(root + ".scenarios..")
                .because("the catalog of bundled scenarios is scenarios.BundledScenarios, not part of the API");
    }

    /** No two top-level packages depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
