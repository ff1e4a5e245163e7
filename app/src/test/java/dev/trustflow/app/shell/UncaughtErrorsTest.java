package dev.trustflow.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.notice.Notice;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.testsupport.CapturedLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncaughtErrorsTest {

    private final Notifications notices = new Notifications();
    private final List<Runnable> delivered = new ArrayList<>();
    private final UncaughtErrors errors = new UncaughtErrors(notices, delivered::add);

    @Test
    void anUncaughtErrorBecomesOneShortLineOnTheFxThreadAndIsLoggedInFull() {
        try (CapturedLog log = CapturedLog.of(UncaughtErrors.class)) {
            errors.uncaughtException(new Thread("worker-7"), new IllegalStateException("index 9 of 4\n\tat somewhere"));
            assertThat(log.messages()).containsExactly("unexpected error in thread worker-7");
        }
        assertThat(notices.getCurrent()).isNull();
        assertThat(delivered).hasSize(1);
        delivered.get(0).run();
        Notice notice = notices.getCurrent();
        assertThat(notice.level()).isEqualTo(Notice.Level.ERROR);
        assertThat(notice.text()).isEqualTo(
                "Unexpected error (thread worker-7): IllegalStateException: index 9 of 4. The app keeps running.");
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsType() {
        assertThat(UncaughtErrors.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void aFailedJobIsReportedByName() {
        try (CapturedLog log = CapturedLog.of(UncaughtErrors.class)) {
            errors.report("run jwt-anatomy", new ArithmeticException("/ by zero"));
            assertThat(log.messages()).containsExactly("unexpected error in run jwt-anatomy");
        }
        delivered.forEach(Runnable::run);
        assertThat(notices.getCurrent().text()).startsWith("Unexpected error (run jwt-anatomy): ArithmeticException");
    }
}
