package dev.trustflow.sim.export;

/**
 * Text made safe for one line of a Mermaid sequence diagram. Mermaid ends a text at {@code #}, {@code ;} or a
 * line break, starts a comment at {@code %%}, and reads {@code <}, {@code >}, {@code &} and quotes as HTML;
 * each of those becomes a Mermaid entity code {@code #NN;} (decimal), which Mermaid turns back into the
 * character when it draws. Line breaks and other control characters become spaces.
 */
public final class MermaidText {

    /** The characters that never appear as themselves in escaped text. */
    public static final String SPECIAL = "#;%<>&\"";

    private MermaidText() {
    }

    public static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        raw.codePoints().forEach(c -> {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('#').append(c).append(';');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
