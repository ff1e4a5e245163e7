package dev.trustflow.sim.lesson;

import java.util.List;

/**
 * Reads the {@code interview} mapping: {@code {question: TEXT, answer: TEXT}}. The answer is a model answer of
 * about five lines, so both texts have a length limit that keeps the screen that shows them readable.
 */
final class InterviewReader {

    static final List<String> KEYS = List.of("question", "answer");
    static final int MAX_QUESTION = 200;
    static final int MAX_ANSWER = 1000;

    private final FieldReader fields;

    InterviewReader(FieldReader fields) {
        this.fields = fields;
    }

    /** The interview, or null when it is absent or unusable (each problem recorded). */
    Interview read(YamlNode root) {
        YamlNode node = fields.mapping(root, "interview", "'interview'");
        if (node == null) {
            return null;
        }
        fields.onlyKnownKeys(node, KEYS, " in 'interview'");
        String question = fields.has(node, "question", " in 'interview'")
                ? fields.text(node, "question", "the interview 'question'") : null;
        String answer = fields.has(node, "answer", " in 'interview'")
                ? fields.text(node, "answer", "the interview 'answer'") : null;
        boolean ok = question != null && answer != null;
        ok &= fitsIn(node, "question", question, MAX_QUESTION, "one question, as an interviewer would ask it");
        ok &= fitsIn(node, "answer", answer, MAX_ANSWER, "a model answer of about five lines");
        return ok ? new Interview(question, answer) : null;
    }

    private boolean fitsIn(YamlNode node, String key, String text, int max, String what) {
        if (text != null && text.length() > max) {
            fields.atKey(node, key, "the interview '" + key + "' has " + text.length() + " characters; write " + what
                    + " in at most " + max);
            return false;
        }
        return true;
    }
}
