package dev.trustflow.app.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

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
}
