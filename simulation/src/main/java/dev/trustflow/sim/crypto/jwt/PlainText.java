package dev.trustflow.sim.crypto.jwt;

import java.util.regex.Pattern;

/**
 * A library's error message as a person should read it: no Java class names, no package names, one line. The
 * reason a check failed is shown to students; "com.nimbusds.jose.KeyLengthException" tells them nothing.
 */
public final class PlainText {

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:Exception|Error):\\s*");

    private PlainText() {
    }

    /** {@code message} with qualified class names and exception prefixes removed; its first line only. */
    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        String line = message.strip();
        int nl = line.indexOf('\n');
        line = nl < 0 ? line : line.substring(0, nl);
        line = QUALIFIED.matcher(line).replaceAll("$1");
        line = EXCEPTION_NAME.matcher(line).replaceAll("");
        line = line.replaceAll("\\s{2,}", " ").strip();
        return line.isEmpty() ? "no reason given" : line;
    }
}
