package dev.trustflow.app.notice;

import java.util.Objects;

/**
 * One message for the user.
 *
 * @param id    increases with every notice, so the same text shown twice is still a new notice
 * @param level how the view styles it
 * @param text  one line
 */
public record Notice(long id, Level level, String text) {

    public enum Level {
        INFO, ERROR;

        /** The CSS class the view adds. */
        public String styleClass() {
            return this == INFO ? "notice-info" : "notice-error";
        }
    }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
