package dev.trustflow.sim.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One lesson, as parsed from its file.
 *
 * @param id         stable id ({@code jwt-anatomy})
 * @param title      title for a person
 * @param order      position in the curriculum (1..)
 * @param topic      the group the browser shows it under ("Foundations", "Tokens", ...)
 * @param level      beginner, intermediate or advanced
 * @param minutes    how long it takes
 * @param objectives what the student comes away with, one sentence each
 * @param scenario   the scenario id it drives
 * @param options    the scenario's options for this lesson (typed values), defaults for the rest
 * @param whatIfValues the option keys the lesson offers as what-ifs, in order, each with the typed values it
 *                   offers (empty: the control offers what the scenario's option allows)
 * @param narration  cues tied to events of the scenario's trace
 * @param quiz       the questions at the end
 * @param body       the Markdown body (the introduction the student reads first)
 * @param source     where it was read from (file name or bundled resource), for messages
 * @param interview  the interview question the topic raises and a model answer; null when the lesson has none
 *                   (lessons that ship always have one, a user's lesson may leave it out)
 */
public record Lesson(String id, String title, int order, String topic, String level, int minutes,
                     List<String> objectives, String scenario, Map<String, Object> options,
                     Map<String, List<Object>> whatIfValues,
                     List<NarrationCue> narration, List<QuizQuestion> quiz, String body, String source,
                     Interview interview) {

    public Lesson {
        objectives = List.copyOf(objectives);
        options = Map.copyOf(options);
        Map<String, List<Object>> offered = new LinkedHashMap<>();
        whatIfValues.forEach((k, v) -> offered.put(k, List.copyOf(v)));
        whatIfValues = Collections.unmodifiableMap(offered);
        narration = List.copyOf(narration);
        quiz = List.copyOf(quiz);
    }

    /** A lesson without an interview whose what-ifs offer whatever their options allow. */
    public Lesson(String id, String title, int order, String topic, String level, int minutes,
                  List<String> objectives, String scenario, Map<String, Object> options, List<String> whatIfs,
                  List<NarrationCue> narration, List<QuizQuestion> quiz, String body, String source) {
        this(id, title, order, topic, level, minutes, objectives, scenario, options, anyValue(whatIfs), narration,
                quiz, body, source, null);
    }

    /** The interview question and model answer, when the lesson has them. */
    public Optional<Interview> interviewIfAny() {
        return Optional.ofNullable(interview);
    }

    /** The option keys the lesson offers as what-ifs, in order. */
    public List<String> whatIfs() {
        return List.copyOf(whatIfValues.keySet());
    }

    /** The values what-if {@code key} offers; empty when it offers whatever its option allows. */
    public List<Object> offeredValues(String key) {
        return whatIfValues.getOrDefault(key, List.of());
    }

    private static Map<String, List<Object>> anyValue(List<String> whatIfs) {
        Map<String, List<Object>> offered = new LinkedHashMap<>();
        whatIfs.forEach(k -> offered.put(k, List.of()));
        return offered;
    }
}
