package dev.trustflow.app.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import dev.trustflow.sim.scenario.ScenarioRunner;

/**
 * The layering of the app as ArchUnit rules (docs/ARCHITECTURE.md, "Packages"). Each rule is made for a root
 * package, so that {@link LayeringTest} checks the very same rule against {@code dev.trustflow.app} and against
 * the planted violations under {@code dev.trustflow.app.layering.planted}.
 */
final class LayeringRules {

    private LayeringRules() {
    }

    /** No two top-level packages of the app depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** A view-model ({@code *ViewModel}, {@code *Model}) holds state and commands, never nodes of the scene graph. */
    static ArchRule viewModelsWithoutSceneGraph(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().haveSimpleNameEndingWith("Model")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view-model is tested without a stage; the view builds the nodes");
    }

    /**
     * The app makes one {@link ScenarioRunner}, so RSA keys are generated once: the composition root
     * ({@code TrustFlowApp}, the one named exception) makes it and hands it to the {@code RunService} and the lesson
     * checks; no window makes its own.
     */
    static ArchRule oneScenarioRunner(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().doNotHaveFullyQualifiedName(root + ".TrustFlowApp")
                .should().callConstructorWhere(DescribedPredicate.describe("a constructor of ScenarioRunner",
                        (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(ScenarioRunner.class)))
                .because("each runner has its own RSA key cache; runs go through the app's RunService");
    }
}
