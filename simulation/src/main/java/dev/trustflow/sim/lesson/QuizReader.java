package dev.trustflow.sim.lesson;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code quiz} list: 4 to 6 questions, each with 2 to 6 choices, exactly one correct, each with a why. */
final class QuizReader {

    static final int MIN_QUESTIONS = 4;
    static final int MAX_QUESTIONS = 6;
    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 6;
    private static final List<String> QUESTION_KEYS = List.of("question", "choices");
    private static final List<String> CHOICE_KEYS = List.of("text", "correct", "why");

    private final FieldReader fields;

    QuizReader(FieldReader fields) {
        this.fields = fields;
    }

    /** The questions, or null when any of them is unusable (each problem recorded). */
    List<QuizQuestion> read(YamlNode root) {
        YamlNode quiz = fields.sequence(root, "quiz", "'quiz'");
        if (quiz == null) {
            return null;
        }
        int count = quiz.items().size();
        if (count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
            fields.atKey(root, "quiz", "the quiz has " + count + " question" + (count == 1 ? "" : "s")
                    + "; a lesson needs " + MIN_QUESTIONS + " to " + MAX_QUESTIONS);
        }
        List<QuizQuestion> questions = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < count; i++) {
            QuizQuestion q = question(quiz.items().get(i), "question " + (i + 1));
            ok &= q != null;
            questions.add(q);
        }
        return ok ? questions : null;
    }

    private QuizQuestion question(YamlNode node, String name) {
        if (!node.is(YamlNode.Kind.MAPPING)) {
            fields.at(node, name + " must be a mapping with 'question' and 'choices', not " + node.describe());
            return null;
        }
        fields.onlyKnownKeys(node, QUESTION_KEYS, " in " + name);
        boolean hasQuestion = fields.has(node, "question", " in " + name);
        boolean hasChoices = fields.has(node, "choices", " in " + name);
        String text = hasQuestion ? fields.text(node, "question", "the text of " + name) : null;
        YamlNode choicesNode = hasChoices ? fields.sequence(node, "choices", "the choices of " + name) : null;
        if (choicesNode == null) {
            return null;
        }
        int count = choicesNode.items().size();
        if (count < MIN_CHOICES || count > MAX_CHOICES) {
            fields.atKey(node, "choices", name + " has " + count + " choice" + (count == 1 ? "" : "s") + "; it needs "
                    + MIN_CHOICES + " to " + MAX_CHOICES);
        }
        List<QuizChoice> choices = new ArrayList<>();
        boolean ok = text != null;
        for (int i = 0; i < count; i++) {
            QuizChoice c = choice(choicesNode.items().get(i), "choice " + (i + 1) + " of " + name);
            ok &= c != null;
            choices.add(c);
        }
        if (!ok) {
            return null;
        }
        long correct = choices.stream().filter(QuizChoice::correct).count();
        if (correct != 1) {
            fields.atKey(node, "choices", name + " has " + correct + " correct choices; exactly one must be "
                    + "'correct: true'");
            return null;
        }
        return count >= MIN_CHOICES && count <= MAX_CHOICES ? new QuizQuestion(text, choices) : null;
    }

    private QuizChoice choice(YamlNode node, String name) {
        if (!node.is(YamlNode.Kind.MAPPING)) {
            fields.at(node, name + " must be a mapping with 'text', 'correct' and 'why', not " + node.describe());
            return null;
        }
        fields.onlyKnownKeys(node, CHOICE_KEYS, " in " + name);
        String text = fields.has(node, "text", " in " + name) ? fields.text(node, "text", "the text of " + name) : null;
        Boolean correct = fields.bool(node, "correct", "'correct' in " + name, false);
        String why = null;
        if (node.entries().containsKey("why")) {
            why = fields.text(node, "why", "the 'why' of " + name);
        } else {
            fields.at(node, name + " has no 'why': say why this answer is right or wrong");
        }
        return text == null || correct == null || why == null ? null : new QuizChoice(text, correct, why);
    }
}
