package dev.trustflow.app.testsupport;

import dev.trustflow.app.TrustFlowApp;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts an app the way a user does and waits until its main window has replaced the boot screen (the app
 * builds it after its first frame, see {@link TrustFlowApp#ready()}).
 */
public final class StartedApp {

    private StartedApp() {
    }

    public static TrustFlowApp launch(Supplier<TrustFlowApp> app) throws Exception {
        TrustFlowApp started = (TrustFlowApp) FxToolkit.setupApplication(app::get);
        started.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return started;
    }
}
