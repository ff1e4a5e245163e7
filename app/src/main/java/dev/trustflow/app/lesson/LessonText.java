package dev.trustflow.app.lesson;

import dev.trustflow.sim.lesson.Lesson;

/** Short texts made from a lesson's data (no nodes). */
final class LessonText {

    private LessonText() {
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
