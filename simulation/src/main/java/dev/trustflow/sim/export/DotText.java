package dev.trustflow.sim.export;

/**
 * Text as a GraphViz DOT quoted string. Inside double quotes DOT gives meaning to {@code \"} (a quote) and, in
 * labels, to a backslash followed by a letter ({@code \n}, {@code \l}, {@code \N}…): so every {@code \} is doubled,
 * every {@code "} escaped, a line break becomes DOT's {@code \n} (a centred line break in a label) and any other
 * control character a space. The result, quotes included, is a valid DOT ID for any input.
 */
public final class DotText {

    private DotText() {
    }

    public static String quote(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8).append('"');
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
