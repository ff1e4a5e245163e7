package dev.trustflow.app.probe;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame pacing while the app animates: an {@link AnimationTimer} records the gap between consecutive pulses
 * for {@code -Dtrustflow.probe.seconds} (default 10) and a watchdog thread measures how long a
 * {@code runLater} waits for the FX thread (a stall). Prints
 * {@code probe frames seconds=S frames=N p50-ms=A p99-ms=B max-ms=C fx-stall-ms=D}.
 */
public final class FrameProbe {

    public static final String SECONDS_PROPERTY = "trustflow.probe.seconds";
    private static final long WATCHDOG_PERIOD_MILLIS = 5;
    /** Ignore the first pulses: they include the scene's first layout and CSS, which StartupProbe covers. */
    private static final int WARMUP_FRAMES = 30;

    private FrameProbe() {
    }

    public static void install(Stage stage, boolean exitAfter) {
        int seconds = Integer.getInteger(SECONDS_PROPERTY, 10);
        long[] gaps = new long[Math.max(seconds, 1) * 1000];
        AtomicLong longestStall = new AtomicLong();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trustflow-frame-probe");
            t.setDaemon(true);
            return t;
        });
        new AnimationTimer() {
            private long last = -1;
            private long started = -1;
            private int seen;
            private int count;

            @Override
            public void handle(long now) {
                seen++;
                if (seen == WARMUP_FRAMES) {
                    started = now;
                    watchdog.scheduleAtFixedRate(() -> pingFxThread(longestStall),
                            0, WATCHDOG_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
                } else if (started >= 0 && count < gaps.length) {
                    gaps[count++] = now - last;
                }
                last = now;
                if (started >= 0 && (now - started >= TimeUnit.SECONDS.toNanos(seconds) || count == gaps.length)) {
                    stop();
                    watchdog.shutdownNow();
                    report(seconds, IntervalStats.of(gaps, count), longestStall.get(), exitAfter);
                }
            }
        }.start();
    }

    private static void pingFxThread(AtomicLong longestStall) {
        long posted = System.nanoTime();
        Platform.runLater(() -> longestStall.accumulateAndGet(System.nanoTime() - posted, Math::max));
    }

    private static void report(int seconds, IntervalStats stats, long stallNanos, boolean exitAfter) {
        if (stats.count() == 0) {
            System.out.println("probe frames seconds=" + seconds + " frames=0");
        } else {
            System.out.println("probe frames seconds=" + seconds + " frames=" + stats.count()
                    + " p50-ms=" + IntervalStats.millis(stats.percentileNanos(50))
                    + " p99-ms=" + IntervalStats.millis(stats.percentileNanos(99))
                    + " max-ms=" + IntervalStats.millis(stats.maxNanos())
                    + " fx-stall-ms=" + IntervalStats.millis(stallNanos));
        }
        System.out.flush();
        if (exitAfter) {
            System.exit(0);
        }
    }
}
