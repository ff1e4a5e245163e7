package dev.trustflow.app.lesson;

import dev.trustflow.sim.lesson.Lesson;

/** Short texts made from a lesson's data (no nodes). */
final class LessonText {

    private LessonText() {
    }

    /** What the narration line says before the first step: the lesson's goals and how to begin. */
    static String opening(Lesson lesson) {
        StringBuilder s = new StringBuilder("**").append(lesson.title()).append("**: ");
        s.append("in this lesson you will see that ");
        for (int i = 0; i < lesson.objectives().size(); i++) {
            String objective = lesson.objectives().get(i).strip();
            if (i > 0) {
                s.append(i == lesson.objectives().size() - 1 ? "; and " : "; ");
            }
            s.append(Character.toLowerCase(objective.charAt(0))).append(objective.substring(1).replaceAll("\\.$", ""));
        }
        return s.append(". Press → or Space to begin.").toString();
    }

    /** The subtitle in the browser: position, level and minutes (the topic is the group it sits in). */
    static String subtitle(Lesson lesson) {
        return "Lesson " + lesson.order() + " · " + lesson.level() + " · " + lesson.minutes() + " min";
    }

    /** The objectives as a list, one line each, for the browser's details. */
    static String objectives(Lesson lesson) {
        StringBuilder s = new StringBuilder("You will be able to:");
        for (String objective : lesson.objectives()) {
            s.append("\n• ").append(objective.strip());
        }
        return s.toString();
    }
}
