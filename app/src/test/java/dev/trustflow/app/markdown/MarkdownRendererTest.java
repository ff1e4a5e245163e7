package dev.trustflow.app.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The node tree the renderer builds (nodes are not attached to a scene, so no FX thread is needed). */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void headingsAndParagraphsAreTextFlowsWithTheirClasses() {
        VBox root = renderer.render("# Title\n\nSome *soft* and **strong** words with `code`.\n\n### Small");

        assertThat(root.getStyleClass()).contains("markdown");
        assertThat(root.getStylesheets()).singleElement().asString().endsWith("css/markdown.css");
        assertThat(root.getChildren()).hasSize(3);
        TextFlow h1 = (TextFlow) root.getChildren().get(0);
        assertThat(h1.getStyleClass()).contains("md-heading", "md-h1");
        assertThat(text(h1)).isEqualTo("Title");
        TextFlow paragraph = (TextFlow) root.getChildren().get(1);
        assertThat(paragraph.getStyleClass()).contains("md-paragraph");
        assertThat(text(paragraph)).isEqualTo("Some soft and strong words with code.");
        assertThat(run(paragraph, "soft").getStyleClass()).contains("md-text", "md-emphasis");
        assertThat(run(paragraph, "strong").getStyleClass()).contains("md-strong").doesNotContain("md-emphasis");
        assertThat(run(paragraph, "code").getStyleClass()).contains("md-code");
        assertThat(root.getChildren().get(2).getStyleClass()).contains("md-h3");
    }

    @Test
    void nestedSpansCarryEveryEnclosingClass() {
        TextFlow p = (TextFlow) renderer.render("***both***").getChildren().get(0);
        assertThat(run(p, "both").getStyleClass()).contains("md-emphasis", "md-strong");
    }

    @Test
    void linksShowTheirAddressAndAreNotClickable() {
        TextFlow p = (TextFlow) renderer.render("See [RFC 7519](https://www.rfc-editor.org/rfc/rfc7519) now.")
                .getChildren().get(0);
        assertThat(text(p)).isEqualTo("See RFC 7519 (https://www.rfc-editor.org/rfc/rfc7519) now.");
        assertThat(run(p, "RFC 7519").getStyleClass()).contains("md-link");
        assertThat(run(p, " (https://www.rfc-editor.org/rfc/rfc7519)").getStyleClass()).contains("md-link-url");
        assertThat(p.getChildren()).allSatisfy(n -> assertThat(n.getOnMouseClicked()).isNull());
    }

    @Test
    void autolinksAreNotRepeated() {
        TextFlow p = (TextFlow) renderer.render("<https://example.org>").getChildren().get(0);
        assertThat(text(p)).isEqualTo("https://example.org");
    }

    @Test
    void imagesAreNeverLoadedOnlyTheirAltTextIsShown() {
        VBox root = renderer.render("![a diagram of the flow](http://attacker.example/track.png)");
        TextFlow p = (TextFlow) root.getChildren().get(0);
        assertThat(text(p)).isEqualTo("[image: a diagram of the flow]");
        assertThat(p.getChildren()).allSatisfy(n -> assertThat(n).isInstanceOf(Text.class));
        assertThat(run(p, "[image: a diagram of the flow]").getStyleClass()).contains("md-image-alt");
    }

    @Test
    void codeBlocksKeepTheirLines() {
        VBox root = renderer.render("```json\n{\n  \"alg\": \"none\"\n}\n```\n\n    indented code\n");
        TextFlow fenced = (TextFlow) root.getChildren().get(0);
        assertThat(fenced.getStyleClass()).contains("md-code-block");
        assertThat(text(fenced)).isEqualTo("{\n  \"alg\": \"none\"\n}");
        assertThat(text((TextFlow) root.getChildren().get(1))).isEqualTo("indented code");
    }

    @Test
    void bulletAndNumberedListsHaveMarkersAndContent() {
        VBox root = renderer.render("- one\n- two\n\n3. three\n4. four\n");
        VBox bullets = (VBox) root.getChildren().get(0);
        assertThat(bullets.getStyleClass()).contains("md-list", "md-bullet-list");
        assertThat(markers(bullets)).containsExactly("\u2022", "\u2022");
        HBox first = (HBox) bullets.getChildren().get(0);
        assertThat(text((TextFlow) ((VBox) first.getChildren().get(1)).getChildren().get(0))).isEqualTo("one");
        VBox numbered = (VBox) root.getChildren().get(1);
        assertThat(numbered.getStyleClass()).contains("md-ordered-list");
        assertThat(markers(numbered)).containsExactly("3.", "4.");
    }

    @Test
    void blockQuotesAndRulesHaveTheirOwnNodes() {
        VBox root = renderer.render("> quoted *text*\n\n---\n\nafter");
        VBox quote = (VBox) root.getChildren().get(0);
        assertThat(quote.getStyleClass()).contains("md-blockquote");
        assertThat(text((TextFlow) quote.getChildren().get(0))).isEqualTo("quoted text");
        assertThat(root.getChildren().get(1)).isInstanceOf(Separator.class);
        assertThat(text((TextFlow) root.getChildren().get(2))).isEqualTo("after");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        VBox root = renderer.render("<script>alert(1)</script>\n\nand <b>inline</b>");
        assertThat(text((TextFlow) root.getChildren().get(0))).isEqualTo("<script>alert(1)</script>");
        TextFlow p = (TextFlow) root.getChildren().get(1);
        assertThat(text(p)).isEqualTo("and <b>inline</b>");
        assertThat(run(p, "<b>").getStyleClass()).contains("md-html");
    }

    @Test
    void nullAndEmptyInputGiveAnEmptyRoot() {
        assertThat(renderer.render(null).getChildren()).isEmpty();
        assertThat(renderer.render("").getChildren()).isEmpty();
    }

    @Test
    void deeplyNestedQuotesAreFlattenedNotOverflowed() {
        VBox root = renderer.render(">".repeat(200) + " deep");
        int depth = 0;
        Node node = root;
        while (node instanceof VBox box && !box.getChildren().isEmpty()) {
            node = box.getChildren().get(0);
            depth++;
        }
        assertThat(depth).isLessThanOrEqualTo(MarkdownRenderer.MAX_DEPTH + 3);
        assertThat(text((TextFlow) node)).contains("deep");
    }

    @Test
    void oversizedInputIsCutWithANote() {
        VBox root = renderer.render("word ".repeat(MarkdownRenderer.MAX_CHARS / 5 + 100));
        Node last = root.getChildren().get(root.getChildren().size() - 1);
        assertThat(text((TextFlow) last)).startsWith("(The text was cut");
    }

    static String text(TextFlow flow) {
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    private static Text run(TextFlow flow, String literal) {
        return flow.getChildren().stream().map(Text.class::cast).filter(t -> t.getText().equals(literal))
                .findFirst().orElseThrow(() -> new AssertionError("no run '" + literal + "' in " + text(flow)));
    }

    private static List<String> markers(VBox list) {
        return list.getChildren().stream().map(item -> ((Label) ((HBox) item).getChildren().get(0)).getText())
                .collect(Collectors.toList());
    }
}
