package dev.trustflow.sim.layering;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.trustflow.sim.layering.planted.check.CheckThatRunsTheEngine;
import dev.trustflow.sim.layering.planted.engine.PlantedEngine;
import dev.trustflow.sim.layering.planted.fx.SimulationThatShowsItself;
import dev.trustflow.sim.layering.planted.ring.FirstOfACycle;
import dev.trustflow.sim.layering.planted.round.SecondOfACycle;
import dev.trustflow.sim.layering.planted.scenario.ApiThatListsScenarios;
import dev.trustflow.sim.layering.planted.scenarios.PlantedScenario;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulation's layering, enforced: every rule of {@link LayeringRules} holds for the production classes,
 * and the same rule reports the violation planted for it under {@code layering.planted} (so a rule that
 * checks nothing cannot pass unnoticed).
 */
class LayeringTest {

    private static final String SIM = "dev.trustflow.sim";
    private static final String PLANTED = "dev.trustflow.sim.layering.planted";

    private static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SIM);
        assertThat(production.contain("dev.trustflow.sim.engine.Simulation")).isTrue();
    }

    @Test
    void simulationNeverSeesJavaFxNorTheApp() {
        LayeringRules.noJavaFxNorApp(SIM).check(production);
        assertPlantedViolation(LayeringRules::noJavaFxNorApp, SimulationThatShowsItself.class);
    }

    @Test
    void checksCryptoCredentialsAndOAuthNeverSeeEngineNorScenarios() {
        LayeringRules.checksAndProtocolsBelowEngine(SIM).check(production);
        assertPlantedViolation(LayeringRules::checksAndProtocolsBelowEngine, CheckThatRunsTheEngine.class,
                PlantedEngine.class);
    }

    @Test
    void scenarioApiNeverSeesTheScenarios() {
        LayeringRules.scenarioApiIndependentOfScenarios(SIM).check(production);
        assertPlantedViolation(LayeringRules::scenarioApiIndependentOfScenarios, ApiThatListsScenarios.class,
                PlantedScenario.class);
    }

    @Test
    void noPackageCycles() {
        LayeringRules.noPackageCycles(SIM).check(production);
        assertPlantedViolation(LayeringRules::noPackageCycles, FirstOfACycle.class, SecondOfACycle.class);
    }

    /** The rule made for the planted root finds a violation among exactly these planted classes. */
    private static void assertPlantedViolation(Function<String, ArchRule> rule, Class<?>... planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        assertThat(rule.apply(PLANTED).evaluate(classes).hasViolation())
                .as("the rule reports the planted violation").isTrue();
    }
}
