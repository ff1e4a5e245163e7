package dev.trustflow.app.markdown;

import org.commonmark.parser.Parser;

/** Markdown as plain text, for one-line places such as the narration bar (no markers, no nodes). */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    public static String plain(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text = markdown.length() > MarkdownRenderer.MAX_CHARS ? markdown.substring(0, MarkdownRenderer.MAX_CHARS)
                : markdown;
        StringBuilder out = new StringBuilder();
        for (var block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            out.append(out.length() > 0 ? "\n" : "").append(InlineRenderer.plainText(block));
        }
        return out.toString().strip();
    }
}
