package dev.trustflow.sim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

/** A small valid lesson over the hash-mac-signature scenario, and helpers to break it and find lines. */
public final class LessonTexts {

    public static final String GOOD = """
            ---
            id: tiny-lesson
            title: "A tiny lesson: hashes"
            order: 7
            topic: Foundations
            level: beginner
            minutes: 5
            objectives:
              - A hash needs no key.
            scenario: hash-mac-signature
            options:
              protection: hash
            what-ifs:
              - protection
            narration:
              - when: {kind: message.sent, actor: alice}
                text: Alice sends the order.
              - when: {kind: attack.step, actor: attacker}
                text: The attacker edits it.
              - when: {kind: check.pass, actor: bob, check: hash.match}
                only-if: {protection: [hash]}
                text: Bob's hash check passes.
              - when: {kind: check.fail, actor: bob, check: hmac.verify}
                only-if: {protection: hmac}
                text: With a MAC, Bob's check fails.
            quiz:
              - question: Q1?
                choices:
                  - {text: right, correct: true, why: because}
                  - {text: wrong, correct: false, why: because not}
              - question: Q2?
                choices:
                  - {text: right, correct: true, why: because}
                  - {text: wrong, why: because not}
              - question: Q3?
                choices:
                  - {text: right, correct: true, why: because}
                  - {text: wrong, correct: false, why: because not}
              - question: Q4?
                choices:
                  - {text: wrong, correct: false, why: because not}
                  - {text: right, correct: true, why: because}
            ---
            # A tiny lesson

            Read this first.
            """;

    private LessonTexts() {
    }

    /** Asserts a problem at {@code line} whose message contains every fragment. */
    public static void assertProblem(LessonParseResult result, int line, String... fragments) {
        assertThat(result.ok()).isFalse();
        assertThat(result.lesson()).isNull();
        assertThat(result.problems())
                .as("problems: %s", result.problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("lesson.md");
                    assertThat(p.line()).isEqualTo(line);
                    for (String f : fragments) {
                        assertThat(p.message()).contains(f);
                    }
                });
    }

    /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
    public static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains: " + fragment);
    }

    /** {@link #GOOD} with exactly one occurrence of {@code from} replaced. */
    public static String goodWith(String from, String to) {
        int at = GOOD.indexOf(from);
        if (at < 0 || GOOD.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the good lesson: " + from);
        }
        return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
    }
}
