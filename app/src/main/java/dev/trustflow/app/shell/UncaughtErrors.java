package dev.trustflow.app.shell;

import dev.trustflow.app.notice.Notifications;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The last line of defence: an exception nobody handled, on any thread, is logged with its stack trace and
 * shown as one short line; the app keeps running.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final Notifications notices;
    private final Executor fxThread;

    /** @param fxThread delivers to the FX thread ({@code Platform::runLater} in the app) */
    public UncaughtErrors(Notifications notices, Executor fxThread) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** Becomes the default handler of every thread, the FX thread included (call on the FX thread). */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report("thread " + thread.getName(), error);
    }

    /** A background job failed and none of its handlers claimed the error. */
    public void report(String where, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "unexpected error in " + where, error);
        String text = "Unexpected error (" + where + "): " + describe(error) + ". The app keeps running.";
        try {
            fxThread.execute(() -> notices.error(text));
        } catch (RuntimeException cannotShow) {
            LOG.log(System.Logger.Level.ERROR, "could not show the error", cannotShow);
        }
    }

    /** {@code IllegalStateException: the first line of its message}. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return error.getClass().getSimpleName() + ": " + (nl < 0 ? message : message.substring(0, nl));
    }
}
