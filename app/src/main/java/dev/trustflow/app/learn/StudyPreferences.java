package dev.trustflow.app.learn;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** How lessons behave for this person (the theme and speed live in their own models). No nodes. */
public final class StudyPreferences {

    private final BooleanProperty quizzesHidden = new SimpleBooleanProperty(this, "quizzesHidden");

    /** True when lessons hide their quizzes (a teacher in front of a class). */
    public BooleanProperty quizzesHiddenProperty() {
        return quizzesHidden;
    }

    public boolean isQuizzesHidden() {
        return quizzesHidden.get();
    }

    public void setQuizzesHidden(boolean hidden) {
        quizzesHidden.set(hidden);
    }
}
