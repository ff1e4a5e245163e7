package dev.trustflow.app.testsupport;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.shell.MainWindowModels;
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

    /** How long {@link #await} waits before the test fails. */
    private static final long AWAIT_SECONDS = 60;

    /** The app under test, once {@link #launch}ed (null before, and after each test). */
    protected TrustFlowApp app;

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
    }

    /** Starts the app and waits until its main window is in (see {@link StartedApp}). */
    protected void launch(Supplier<TrustFlowApp> supplier) throws Exception {
        app = StartedApp.launch(supplier);
    }

    protected MainWindowModels models() {
        return app.window().models();
    }

    /** Waits until {@code condition} holds, then for the FX events it set off. */
    protected static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(AWAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
