package dev.trustflow.app.layering;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.trustflow.app.layering.planted.compare.ComparisonWithItsOwnRunner;
import dev.trustflow.app.layering.planted.ring.FirstOfACycle;
import dev.trustflow.app.layering.planted.round.SecondOfACycle;
import dev.trustflow.app.layering.planted.viewmodel.NodeHoldingModel;
import dev.trustflow.app.layering.planted.viewmodel.NodeHoldingViewModel;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's layering, enforced: every rule of {@link LayeringRules} holds for the production classes, and the
 * same rule reports the violation planted for it under {@code layering.planted} (so a rule that checks nothing
 * cannot pass unnoticed).
 */
class LayeringTest {

    private static final String APP = "dev.trustflow.app";
    private static final String PLANTED = "dev.trustflow.app.layering.planted";

    private static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
        assertThat(production.contain("dev.trustflow.app.TrustFlowApp")).isTrue();
    }

    @Test
    void noPackageCycles() {
        LayeringRules.noPackageCycles(APP).check(production);
        assertPlantedViolation(LayeringRules::noPackageCycles, FirstOfACycle.class, SecondOfACycle.class);
    }

    @Test
    void viewModelsNeverSeeTheSceneGraph() {
        LayeringRules.viewModelsWithoutSceneGraph(APP).check(production);
        assertPlantedViolation(LayeringRules::viewModelsWithoutSceneGraph, NodeHoldingViewModel.class);
        assertPlantedViolation(LayeringRules::viewModelsWithoutSceneGraph, NodeHoldingModel.class);
    }

    @Test
    void onlyTheCompositionRootMakesAScenarioRunner() {
        LayeringRules.oneScenarioRunner(APP).check(production);
        assertPlantedViolation(LayeringRules::oneScenarioRunner, ComparisonWithItsOwnRunner.class);
    }

    /** The rule made for the planted root finds a violation among exactly these planted classes. */
    private static void assertPlantedViolation(Function<String, ArchRule> rule, Class<?>... planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        assertThat(rule.apply(PLANTED).evaluate(classes).hasViolation())
                .as("the rule reports the planted violation").isTrue();
    }
}
