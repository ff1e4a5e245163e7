package dev.trustflow.app.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown as plain text, for one-line places such as the narration bar (no markers, no nodes). */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    private MarkdownText() {
    }

    public static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.length() > MarkdownRenderer.MAX_CHARS ? markdown.substring(0, MarkdownRenderer.MAX_CHARS)
                : markdown;
        return PLAIN.render(PARSER.parse(text)).strip();
    }
}
