package dev.trustflow.app.quiz;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What a teacher sets about quizzes: hidden or offered. Plain properties, so settings can be saved elsewhere. */
public final class QuizSettings {

    private final BooleanProperty hideQuizzes = new SimpleBooleanProperty(this, "hideQuizzes");

    /** True hides every quiz button and closes an open quiz (a teacher in front of a class). */
    public BooleanProperty hideQuizzesProperty() {
        return hideQuizzes;
    }

    public boolean isHideQuizzes() {
        return hideQuizzes.get();
    }

    public void setHideQuizzes(boolean hide) {
        hideQuizzes.set(hide);
    }

    public void toggleHideQuizzes() {
        hideQuizzes.set(!hideQuizzes.get());
    }
}
