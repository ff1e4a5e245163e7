package dev.trustflow.app.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Catches what one logger writes while a test runs, instead of printing it into the build's log: a test that
 * provokes an expected error asserts the record rather than leaving a stack trace in a green build.
 * Use with try-with-resources.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(String name) {
        logger = Logger.getLogger(name);
        usedParentHandlers = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** Catches the records of the logger named after {@code source} (as {@code System.getLogger} names it). */
    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(source.getName());
    }

    /** The messages caught so far, in order. */
    public List<String> messages() {
        synchronized (records) {
            return records.stream().map(LogRecord::getMessage).toList();
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
