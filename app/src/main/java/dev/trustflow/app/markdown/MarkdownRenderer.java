package dev.trustflow.app.markdown;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns Markdown into a tree of JavaFX nodes: a {@link VBox} (style class {@code markdown}) holding one node per
 * block. Paragraphs and headings are {@link TextFlow}s of {@link Text} runs; lists, block quotes and code blocks
 * have their own style classes (see {@code assets/css/markdown.css}). Nothing is fetched or opened: a link is
 * styled text followed by its address, an image is its alt text. Raw HTML is shown as text, never interpreted.
 */
public final class MarkdownRenderer {

    /** Text longer than this is cut (with a note) before parsing; lessons and explanations are far shorter. */
    public static final int MAX_CHARS = 256 * 1024;
    /** Blocks nested deeper than this (quotes in lists in quotes...) are shown as plain text. */
    static final int MAX_DEPTH = 24;
    /** Classpath location of the stylesheet, added to every rendered root. */
    public static final String STYLESHEET = "/dev/trustflow/assets/css/markdown.css";

    private final Parser parser = Parser.builder().build();

    /** Renders {@code markdown} (null is empty) into a new node tree; call on the FX thread. */
    public VBox render(String markdown) {
        String source = markdown == null ? "" : markdown;
        boolean cut = source.length() > MAX_CHARS;
        if (cut) {
            source = source.substring(0, MAX_CHARS);
        }
        VBox root = new VBox();
        root.getStyleClass().add("markdown");
        var css = MarkdownRenderer.class.getResource(STYLESHEET);
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        addBlocks(root, parser.parse(source), 0);
        if (cut) {
            root.getChildren().add(flow("md-note", new Text("(The text was cut: it is longer than "
                    + MAX_CHARS / 1024 + " KB.)")));
        }
        return root;
    }

    private void addBlocks(VBox box, org.commonmark.node.Node container, int depth) {
        for (var child = container.getFirstChild(); child != null; child = child.getNext()) {
            Node node = block(child, depth);
            if (node != null) {
                box.getChildren().add(node);
            }
        }
    }

    private Node block(org.commonmark.node.Node block, int depth) {
        if (depth > MAX_DEPTH) {
            return flow("md-paragraph", new Text(InlineRenderer.plainText(block)));
        }
        if (block instanceof Paragraph) {
            return flow("md-paragraph", InlineRenderer.render(block));
        }
        if (block instanceof Heading heading) {
            TextFlow flow = flow("md-heading", InlineRenderer.render(block));
            flow.getStyleClass().add("md-h" + Math.min(heading.getLevel(), 6));
            return flow;
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof ListBlock list) {
            return list(list, depth);
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add("md-blockquote");
            addBlocks(quote, block, depth + 1);
            return quote;
        }
        if (block instanceof ThematicBreak) {
            Separator rule = new Separator();
            rule.getStyleClass().add("md-rule");
            return rule;
        }
        if (block instanceof HtmlBlock html) {
            return flow("md-html", new Text(stripTrailingNewline(html.getLiteral())));
        }
        if (block.getFirstChild() != null) {
            VBox other = new VBox();
            addBlocks(other, block, depth + 1);
            return other;
        }
        return null;
    }

    private static TextFlow codeBlock(String literal) {
        Text code = new Text(stripTrailingNewline(literal));
        code.getStyleClass().add("md-code");
        return flow("md-code-block", code);
    }

    private Node list(ListBlock list, int depth) {
        VBox box = new VBox();
        box.getStyleClass().addAll("md-list", list instanceof BulletList ? "md-bullet-list" : "md-ordered-list");
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
        for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "\u2022");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-content");
            addBlocks(content, item, depth + 1);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private static TextFlow flow(String styleClass, Text... runs) {
        return flow(styleClass, java.util.List.of(runs));
    }

    private static TextFlow flow(String styleClass, java.util.List<Text> runs) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        runs.forEach(Objects::requireNonNull);
        flow.getChildren().addAll(runs);
        return flow;
    }

    private static String stripTrailingNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
