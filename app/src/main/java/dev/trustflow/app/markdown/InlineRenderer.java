package dev.trustflow.app.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.scene.text.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * The inline content of one block as {@link Text} runs. Each run carries {@code md-text} plus the classes of
 * every span it sits in ({@code md-emphasis}, {@code md-strong}, {@code md-link}); code spans are
 * {@code md-code}; a link's address follows it as {@code md-link-url}; an image is {@code md-image-alt}.
 */
final class InlineRenderer extends AbstractVisitor {

    private final List<Text> runs = new ArrayList<>();
    private final Deque<String> styles = new ArrayDeque<>();

    private InlineRenderer() {
    }

    static List<Text> render(Node block) {
        InlineRenderer renderer = new InlineRenderer();
        renderer.visitChildren(block);
        return renderer.runs;
    }

    /** Everything a node says as plain text, for alt texts and blocks nested too deep to lay out. */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    @Override
    public void visit(org.commonmark.node.Text text) {
        add(text.getLiteral());
    }

    @Override
    public void visit(Emphasis emphasis) {
        within("md-emphasis", emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        within("md-strong", strong);
    }

    @Override
    public void visit(Code code) {
        add(code.getLiteral(), "md-code");
    }

    @Override
    public void visit(Link link) {
        within("md-link", link);
        String url = link.getDestination();
        if (url != null && !url.isBlank() && !url.equals(plainText(link))) {
            add(" (" + url + ")", "md-link-url");
        }
    }

    @Override
    public void visit(Image image) {
        String alt = plainText(image);
        add("[image: " + (alt.isBlank() ? "no description" : alt) + "]", "md-image-alt");
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        add(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        add("\n");
    }

    @Override
    public void visit(HtmlInline html) {
        add(html.getLiteral(), "md-html");
    }

    private void within(String style, Node span) {
        styles.push(style);
        visitChildren(span);
        styles.pop();
    }

    private void add(String literal, String... extra) {
        Text run = new Text(literal);
        run.getStyleClass().add("md-text");
        run.getStyleClass().addAll(styles);
        run.getStyleClass().addAll(extra);
        runs.add(run);
    }
}
