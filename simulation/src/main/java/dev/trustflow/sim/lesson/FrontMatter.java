package dev.trustflow.sim.lesson;

import java.util.Arrays;

/**
 * A lesson file split into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---}) and its Markdown body, remembering where each starts so YAML line numbers can be turned
 * into file line numbers. Accepts a byte order mark and Windows line ends.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine the file line of the front matter's first line (2 when the file starts with {@code ---})
 * @param closingLine   the file line of the closing {@code ---}
 * @param body          the Markdown after the closing line
 * @param problem       why the file could not be split, or null when it could
 */
record FrontMatter(String yaml, int yamlFirstLine, int closingLine, String body, String problem) {

    static final String DELIMITER = "---";

    static FrontMatter split(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = normalized.split("\n", -1);
        if (!lines[0].strip().equals(DELIMITER)) {
            return broken("a lesson file must start with a line '---', then the YAML front matter, then a line '---'");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(DELIMITER)) {
                String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml, 2, i + 1, body, null);
            }
        }
        return broken("the front matter is never closed: add a line '---' after it, before the Markdown");
    }

    private static FrontMatter broken(String problem) {
        return new FrontMatter("", 2, 1, "", problem);
    }

    boolean ok() {
        return problem == null;
    }

    /** The file line of a line of the YAML text (both counted from 1). */
    int fileLine(int yamlLine) {
        return yamlLine + yamlFirstLine - 1;
    }
}
