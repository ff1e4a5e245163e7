package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.learn.ProgressData.LastPosition;
import dev.trustflow.app.learn.ProgressData.QuizScore;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final Progress progress = new Progress();

    @Test
    void startedThenDone() {
        assertThat(progress.mark("replay")).isEqualTo(EntryMark.NONE);
        progress.markStarted("replay");
        assertThat(progress.mark("replay")).isEqualTo(EntryMark.IN_PROGRESS);
        progress.markDone("replay");
        assertThat(progress.mark("replay")).isEqualTo(EntryMark.DONE);
        assertThat(progress.isDone("replay")).isTrue();
    }

    @Test
    void quizScoresKeepTheLatestAndRefuseNonsense() {
        progress.recordQuiz("replay", 2, 5);
        progress.recordQuiz("replay", 5, 5);
        assertThat(progress.quizScore("replay")).contains(new QuizScore(5, 5));
        assertThatThrownBy(() -> progress.recordQuiz("replay", 6, 5)).hasMessageContaining("6 of 5");
        assertThatThrownBy(() -> progress.recordQuiz("replay", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(progress.quizScore("replay")).contains(new QuizScore(5, 5));
    }

    @Test
    void everyChangeBumpsTheRevisionAndNoChangeDoesNot() {
        progress.markStarted("replay");
        int before = progress.revisionProperty().get();
        progress.setPosition("replay", 3);
        progress.setPosition("replay", 3);
        progress.markStarted("replay");
        assertThat(progress.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void snapshotAndRestore() {
        progress.markDone("jwt-anatomy");
        progress.markStarted("replay");
        progress.recordQuiz("jwt-anatomy", 3, 4);
        progress.setPosition("replay", 4);
        ProgressData data = progress.snapshot();

        Progress other = new Progress();
        other.restore(data);
        assertThat(other.mark("jwt-anatomy")).isEqualTo(EntryMark.DONE);
        assertThat(other.mark("replay")).isEqualTo(EntryMark.IN_PROGRESS);
        assertThat(other.quizScore("jwt-anatomy")).contains(new QuizScore(3, 4));
        assertThat(other.lastPosition()).contains(new LastPosition("replay", 4));
        assertThat(other.snapshot()).isEqualTo(data);
    }
}
