package dev.trustflow.app.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void dropsMarkersAndKeepsTheWords() {
        assertThat(MarkdownText.plain("**Bold** and `jwt.exp` fails, see [RFC](https://example.org)"))
                .startsWith("Bold and jwt.exp fails, see RFC");
    }

    @Test
    void emptyForBlankOrNull() {
        assertThat(MarkdownText.plain(null)).isEmpty();
        assertThat(MarkdownText.plain("  ")).isEmpty();
    }
}
