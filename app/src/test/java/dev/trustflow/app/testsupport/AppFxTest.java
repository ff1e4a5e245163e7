package dev.trustflow.app.testsupport;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.shell.MainWindowModels;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The base of the tests that drive the whole app headless: the primary stage registered once, the app started
 * like a user starts it ({@link #launch}) and cleaned up after each test, its models, and waiting for a
 * condition.
 */
public abstract class AppFxTest extends FxRobot {

    /** The system property naming the app's folder for settings and progress. */
    private static final String HOME_PROPERTY = "trustflow.home";

    /** How long {@link #await} waits before the test fails. */
    private static final long AWAIT_SECONDS = 60;

    /** The app under test, once {@link #launch}ed (null before, and after each test). */
    protected TrustFlowApp app;

    /** Where {@link #launchIn} pointed {@code trustflow.home}; null when the test did not. */
    private Path home;
    /** {@code trustflow.home} before {@link #launchIn} changed it (null: it was not set). */
    private String homeBefore;

    @BeforeAll
    static void registerPrimaryStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUpApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        if (home != null) {
            if (homeBefore == null) {
                System.clearProperty(HOME_PROPERTY);
            } else {
                System.setProperty(HOME_PROPERTY, homeBefore);
            }
            home = null;
        }
    }

    /**
     * Starts the app with its settings and progress in {@code folder} (a test's {@code @TempDir}), never the
     * user's; the property is put back after the test.
     */
    protected void launchIn(Path folder, Supplier<TrustFlowApp> supplier) throws Exception {
        homeBefore = System.setProperty(HOME_PROPERTY, folder.toString());
        home = folder;
        launch(supplier);
    }

    /** Starts the app and waits until its main window is in (see {@link StartedApp}). */
    protected void launch(Supplier<TrustFlowApp> supplier) throws Exception {
        app = StartedApp.launch(supplier);
    }

    protected MainWindowModels models() {
        return app.window().models();
    }

    /** The browser's entry {@code id} ({@code lesson:ID} for a lesson), or null while it is not listed. */
    protected BrowserEntry browserEntry(String id) {
        return models().session().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Opens the browser's entry {@code id} once it is listed and waits until {@code scenario}'s run is played. */
    protected void openEntry(String id, String scenario) throws Exception {
        await(() -> browserEntry(id) != null);
        BrowserEntry entry = browserEntry(id);
        interact(() -> models().session().select(entry));
        await(() -> models().player().getTrace() != null && models().player().getTrace().scenario().equals(scenario));
    }

    /** Waits until {@code condition} holds, then for the FX events it set off. */
    protected static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(AWAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
