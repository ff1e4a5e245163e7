package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotTextTest {

    @Test
    void plainTextIsOnlyQuoted() {
        assertThat(DotText.quote("search")).isEqualTo("\"search\"");
        assertThat(DotText.quote("")).isEqualTo("\"\"");
    }

    @Test
    void quotesAndBackslashesAreEscapedSoTheStringEndsWhereItShould() {
        assertThat(DotText.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(DotText.quote("C:\\keys\\")).isEqualTo("\"C:\\\\keys\\\\\"");
        assertThat(DotText.quote("\\\"")).isEqualTo("\"\\\\\\\"\"");
    }

    @Test
    void aBackslashBeforeALetterIsNotReadAsADotEscape() {
        assertThat(DotText.quote("a\\nb")).isEqualTo("\"a\\\\nb\"");
    }

    @Test
    void lineBreaksBecomeDotLineBreaksAndOtherControlsSpaces() {
        assertThat(DotText.quote("one\ntwo\r\nthree\rfour")).isEqualTo("\"one\\ntwo\\nthree\\nfour\"");
        assertThat(DotText.quote("tab\there\u0000")).isEqualTo("\"tab here \"");
    }

    @Test
    void unicodeIsKept() {
        assertThat(DotText.quote("Alice's browser \u2192 café")).isEqualTo("\"Alice's browser \u2192 café\"");
    }
}
