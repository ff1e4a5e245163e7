package dev.trustflow.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole app headless with the bundled refresh-rotation lesson: its access-token lifetime what-if offers exactly
 * the lesson's values, and the cue on the access token says the lifetime of the run on screen, before and after
 * the student changes it.
 */
class LessonNarrationFxTest extends AppFxTest {

    private static final String LESSON = "lesson:refresh-rotation";

    @TempDir
    Path home;
    private String previousHome;

    @BeforeEach
    void start() throws Exception {
        previousHome = System.setProperty("trustflow.home", home.toString());
        launch(TrustFlowApp::new);
        await(() -> entry(LESSON) != null);
    }

    @AfterEach
    void stop() {
        if (previousHome == null) {
            System.clearProperty("trustflow.home");
        } else {
            System.setProperty("trustflow.home", previousHome);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccessTokenCueFollowsTheLifetimeTheStudentPicks() throws Exception {
        pick(LESSON);
        await(() -> models().player().getTrace() != null
                && models().player().getTrace().scenario().equals("refresh-rotation"));
        showAccessTokenCue();
        assertThat(narration()).contains("valid for 15 minutes").doesNotContain("valid for 5 minutes");

        ComboBox<Duration> lifetime = lookup("#option-access-ttl").queryAs(ComboBox.class);
        assertThat(lifetime.getItems()).as("the what-if offers exactly the lesson's values")
                .containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15),
                        Duration.ofMinutes(30), Duration.ofHours(2));
        interact(() -> lifetime.setValue(Duration.ofMinutes(5)));
        await(() -> "PT5M".equals(models().player().getTrace().options().get("access-ttl")));
        showAccessTokenCue();

        assertThat(narration()).contains("valid for 5 minutes").doesNotContain("valid for 15 minutes")
                .contains("exp " + expiry(models().player().getTrace()));
    }

    /** Moves the player to the access token's issue, where the cue about its lifetime is bound. */
    private void showAccessTokenCue() throws Exception {
        Trace trace = models().player().getTrace();
        int seq = accessToken(trace).seq();
        interact(() -> models().player().jumpTo(seq));
        await(() -> models().player().getCursor() == seq);
    }

    private static TraceEvent accessToken(Trace trace) {
        return trace.events().stream().filter(e -> e.kind().equals("token.issued") && "notes-app".equals(e.target()))
                .findFirst().orElseThrow();
    }

    /** The access token's exp as the virtual clock reads it, from the run itself (09:05 for a 5-minute token). */
    private static String expiry(Trace trace) {
        Object expires = accessToken(trace).data().get("expires");
        return expires.toString().substring(11, 16);
    }

    private String narration() {
        return lookup("#lesson-narration").queryAs(Label.class).getText();
    }

    private BrowserEntry entry(String id) {
        return models().session().entries().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /** Scrolls the browser to the entry and clicks its cell, as a student would. */
    private void pick(String id) {
        ListView<BrowserEntry> list = lookup("#scenario-list").queryListView();
        interact(() -> list.scrollTo(entry(id)));
        Node cell = lookup(".entry-cell").match(n -> n instanceof ListCell<?> c && c.getItem() != null
                && ((BrowserEntry) c.getItem()).id().equals(id)).query();
        clickOn(cell);
    }
}
