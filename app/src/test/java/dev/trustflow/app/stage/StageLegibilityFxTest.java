package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every bundled scenario, under each what-if value one at a time, at every step, in the main window at
 * 1280x800, at 1920x1080 and in presenter mode at 1280x800 with text at 250%: no two of the stage's boxes
 * (actor badges and names, zone labels, check callouts, packet chips, clock jumps, alarms, the legend)
 * intersect, every text lies inside the stage and is shown in full, no link crosses an actor it does not
 * join, and no actor moves between the steps of a run or between the runs of one scenario while the stage
 * keeps its size (the window gives the stage its size; a stage that keeps it must not move anyone). Geometry is read
 * from the scene graph after a layout pass, without waiting for animations (steps are visited last to first,
 * which never starts one).
 */
@ExtendWith(StageLegibilityFxTest.LargeScreen.class)
class StageLegibilityFxTest extends AppFxTest {

    /**
     * Monocle's headless screen is 1280x800 unless told otherwise; a 1920x1080 window on it overflows its frame
     * buffer. Set before the toolkit starts (an extension's beforeAll runs before the @BeforeAll methods); the
     * window is also moved to the screen's corner.
     */
    static final class LargeScreen implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    /** How many problems the failure message lists in full (the count covers them all). */
    private static final int SHOWN = 40;
    private static final long SEED = 42;

    private static final Map<String, List<Run>> RUNS = new LinkedHashMap<>();

    record Run(String scenario, Map<String, String> options, Trace trace) {
    }

    @BeforeAll
    static void runEveryScenarioUnderEveryWhatIf() {
        if (!RUNS.isEmpty()) {
            return;
        }
        for (Scenario scenario : BundledScenarios.catalog().all()) {
            List<Run> runs = new ArrayList<>();
            for (Map<String, String> options : variants(scenario)) {
                Trace trace = new ScenarioRunner().run(scenario, Options.defaults(scenario.options()).with(options), SEED);
                runs.add(new Run(scenario.id(), options, trace));
            }
            RUNS.put(scenario.id(), runs);
        }
    }

    /** The defaults, then each choice and each flag value one at a time. */
    static List<Map<String, String>> variants(Scenario scenario) {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(Map.of());
        for (OptionSpec spec : scenario.options()) {
            List<String> values = switch (spec.type()) {
                case CHOICE -> spec.choices();
                case BOOLEAN -> List.of("true", "false");
                default -> List.of();
            };
            values.forEach(value -> variants.add(Map.of(spec.key(), value)));
        }
        return variants;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1280x800", "1920x1080", "1280x800 presenter 250%"})
    void everyStepOfEveryScenarioIsLegible(String size) throws Exception {
        launch(TrustFlowApp::new);
        String[] wh = size.split(" ")[0].split("x");
        boolean presenter = size.contains("presenter");
        WaitForAsyncUtils.asyncFx(() -> {
            if (presenter) {
                models().presenter().present(false);
                models().services().themes().setFontScale(2.5);
            }
            Window window = app.window().root().getScene().getWindow();
            window.setX(0);
            window.setY(0);
            window.setWidth(Double.parseDouble(wh[0]));
            window.setHeight(Double.parseDouble(wh[1]));
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Parent shown = (Parent) app.window().root().lookup("#topology");
        System.out.printf(Locale.ROOT, "[legibility] %s: the stage is %.0fx%.0f%n", size,
                shown.getLayoutBounds().getWidth(), shown.getLayoutBounds().getHeight());
        List<String> problems = new ArrayList<>();
        int steps = 0;
        int failingSteps = 0;
        for (List<Run> scenarioRuns : RUNS.values()) {
            Map<String, Point2D> seen = new HashMap<>();
            for (Run run : scenarioRuns) {
                int[] failed = WaitForAsyncUtils.asyncFx(() -> check(run, size, seen, problems)).get(120, TimeUnit.SECONDS);
                failingSteps += failed[0];
                steps += run.trace().size();
            }
        }
        String report = String.format(Locale.ROOT, "%s: %d of %d steps fail:%n%s", size, failingSteps, steps,
                String.join(System.lineSeparator(), problems.subList(0, Math.min(SHOWN, problems.size()))));
        System.out.printf(Locale.ROOT, "[legibility] %s: %d of %d steps fail%n", size, failingSteps, steps);
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        problems.forEach(p -> kinds.merge(p.replaceAll(".*? at [^:]*: ", "").replaceAll("[:\\[(][^\\])]*[\\])]", "")
                .replaceAll("\\d+", "N"), 1, Integer::sum));
        kinds.forEach((kind, n) -> System.out.printf(Locale.ROOT, "[legibility]   %6d x %s%n", n, kind));
        assertThat(failingSteps).as(report).isZero();
    }

    /** Visits every step of {@code run} (last to first), adds its problems, answers {failing steps}. */
    private int[] check(Run run, String size, Map<String, Point2D> seen, List<String> problems) {
        Player player = models().player();
        player.load(run.trace());
        Parent root = app.window().root();
        Parent stage = (Parent) root.lookup("#topology");
        // a new run's world is laid out in the layout pass after it is loaded, and the column takes the stage's new
        // height in the passes after that (a few pulses in the app): settle before judging steps
        player.jumpTo(run.trace().size() - 1);
        for (int pass = 0; pass < 4; pass++) {
            root.applyCss();
            root.layout();
        }
        int failing = 0;
        for (int step = run.trace().size() - 1; step >= 0; step--) {
            player.jumpTo(step);
            root.applyCss();
            root.layout();
            StageBoxes boxes = StageBoxes.of(stage);
            List<String> here = new ArrayList<>(boxes.problems());
            for (StageBoxes.Box box : boxes.boxes()) {
                if (box.name().startsWith("actor-badge:")) {
                    Bounds b = box.bounds();
                    Point2D at = new Point2D(b.getCenterX(), b.getCenterY());
                    // keyed by the stage's size: the stage answers for its actors staying put while it keeps its
                    // size; the window may still resize it (a long run's timeline widens the window's frame)
                    String key = String.format(Locale.ROOT, "%s@%.0fx%.0f", box.owner(),
                            stage.getLayoutBounds().getWidth(), stage.getLayoutBounds().getHeight());
                    Point2D before = seen.putIfAbsent(key, at);
                    if (before != null && before.distance(at) > 0.5) {
                        here.add(String.format(Locale.ROOT, "actor %s moved from (%.0f, %.0f) to (%.0f, %.0f)",
                                box.owner(), before.getX(), before.getY(), at.getX(), at.getY()));
                    }
                }
            }
            if (!here.isEmpty()) {
                failing++;
                String where = run.scenario() + " " + run.options() + " step " + step + " ("
                        + run.trace().event(step).kind() + ") at " + size + ": ";
                here.forEach(p -> problems.add(where + p));
            }
        }
        return new int[] {failing};
    }
}
