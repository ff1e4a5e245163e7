package dev.trustflow.app.testsupport;

import dev.trustflow.app.TrustFlowApp;
import java.util.List;

/**
 * The app with the test-only {@link CourierScenario}, for looking at the window before real scenarios are
 * merged: {@link DemoLauncher} starts it from the test classpath (e.g. under Xvfb with
 * {@code -Dtrustflow.snapshot=FILE}).
 */
public final class DemoApp extends TrustFlowApp {

    public DemoApp() {
        super(() -> List.of(new CourierScenario()));
    }
}
