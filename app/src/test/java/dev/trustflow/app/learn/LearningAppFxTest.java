package dev.trustflow.app.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.TrustFlowApp;
import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryKind;
import dev.trustflow.app.entry.EntryMark;
import dev.trustflow.app.session.OptionField;
import dev.trustflow.app.testsupport.AppFxTest;
import dev.trustflow.app.window.Theme;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app a user runs (every scenario and lesson) with its config folder in a temp dir, driven headless. */
class LearningAppFxTest extends AppFxTest {

    @TempDir
    Path home;

    private String previousHome;

    @BeforeEach
    void useTempHome() {
        previousHome = System.setProperty(UserHome.PROPERTY, home.toString());
    }

    @AfterEach
    void stop() throws Exception {
        if (previousHome == null) {
            System.clearProperty(UserHome.PROPERTY);
        } else {
            System.setProperty(UserHome.PROPERTY, previousHome);
        }
    }

    private void launch() throws Exception {
        launch(TrustFlowApp::new);
        await(() -> entry("lesson:jwt-anatomy").isPresent());
    }

    private void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        launch();
    }

    /** How many lessons ship (the browser lists them all, then the user's). */
    private static int bundledLessons() {
        return new LessonLibrary(LessonParser.withoutRuns()).loadBundled().lessons().size();
    }

    private Optional<BrowserEntry> entry(String id) {
        return models().session().entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private List<BrowserEntry> entries(EntryKind kind) {
        return models().session().entries().stream().filter(e -> e.kind() == kind).toList();
    }

    /** Waits for a condition read on the FX thread (the models are FX-thread objects). */
    protected static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A bundled lesson file turned into a user's lesson with its own id, title and topic. */
    static String userLesson(String id, String title) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(LessonLibrary.BUNDLED_FOLDER + "replay.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("(?m)^id: .*$", "id: " + id)
                    .replaceFirst("(?m)^title: .*$", "title: \"" + title + "\"")
                    .replaceFirst("(?m)^topic: .*$", "topic: My lessons")
                    .replaceFirst("(?m)^order: .*$", "order: 900");
        }
    }

    private Path lessons() throws IOException {
        return Files.createDirectories(home.resolve("lessons"));
    }

    @Test
    void lessonsAreGroupedByTopicBeforeTheScenariosAndOfferOnlyTheirWhatIfs() throws Exception {
        launch();
        List<BrowserEntry> all = models().session().entries();
        assertThat(all.get(0).kind()).isEqualTo(EntryKind.TOPIC);
        assertThat(all.get(0).title()).isEqualTo("Foundations");
        int scenarios = all.indexOf(entry("topic:scenarios").orElseThrow());
        assertThat(all.subList(scenarios + 1, all.size())).allMatch(e -> e.kind() == EntryKind.SCENARIO);
        assertThat(all.subList(0, scenarios)).noneMatch(e -> e.kind() == EntryKind.SCENARIO);
        assertThat(entry("lesson:hash-mac-signature").orElseThrow().details()).contains("• Explain why a plain hash");

        BrowserEntry lesson = entry("lesson:hash-mac-signature").orElseThrow();
        interact(() -> models().session().select(lesson));
        await(() -> models().player().getTrace() != null);
        assertThat(models().session().fields()).extracting(OptionField::key).containsExactly("protection");
        assertThat(models().session().fields().get(0).description()).isNotBlank();
        assertThat(lookup(".entry-details").<Label>queryAllAs(Label.class)).anyMatch(n -> n.isVisible()
                && n.getText().contains("Explain why a plain hash"));

        BrowserEntry scenario = entry("jwt-anatomy").orElseThrow();
        interact(() -> models().session().select(scenario));
        await(() -> models().player().getTrace() != null && models().player().getTrace().scenario().equals("jwt-anatomy"));
        assertThat(models().session().fields()).hasSize(scenario.scenario().options().size());
    }

    @Test
    void aBrokenLessonFileIsAnEntryWithFileLineAndProblemAndTheOthersStillLoad() throws Exception {
        Files.writeString(lessons().resolve("mine.md"), userLesson("my-replay", "My replay lesson"));
        Path broken = lessons().resolve("broken.md");
        Files.writeString(broken, userLesson("my-broken", "Broken").replaceFirst("(?m)^level: .*$", "level: expert"));
        launch();
        await(() -> entry("lesson:my-replay").isPresent());

        assertThat(entries(EntryKind.LESSON)).hasSize(bundledLessons() + 1);
        BrowserEntry problem = entries(EntryKind.PROBLEM).get(0);
        assertThat(problem.title()).isEqualTo("broken.md");
        assertThat(problem.details()).startsWith(broken + ":").contains("level");
        assertThat(models().services().notices().getCurrent().text()).contains("broken.md");

        ListView<?> list = lookup("#scenario-list").queryAs(ListView.class);
        interact(() -> list.scrollTo(models().session().entries().indexOf(problem)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".entry-problem .entry-details").<Label>queryAllAs(Label.class))
                .anyMatch(n -> n.isVisible() && n.getText().equals(problem.details()));
    }

    @Test
    void editingTheWatchedFolderUpdatesTheBrowser() throws Exception {
        lessons();
        launch();
        assertThat(entries(EntryKind.LESSON)).hasSize(bundledLessons());

        Path file = lessons().resolve("mine.md");
        Files.writeString(file, userLesson("my-replay", "My replay lesson"));
        await(() -> entry("lesson:my-replay").map(BrowserEntry::title).equals(Optional.of("My replay lesson")));

        Files.writeString(file, userLesson("my-replay", "My replay lesson, edited"));
        await(() -> entry("lesson:my-replay").map(BrowserEntry::title).equals(Optional.of("My replay lesson, edited")));

        Files.writeString(file, "---\nid: my-replay\n");
        await(() -> entry("lesson:my-replay").isEmpty() && !entries(EntryKind.PROBLEM).isEmpty());
        assertThat(entries(EntryKind.PROBLEM).get(0).details()).startsWith(file.toString());
        assertThat(entries(EntryKind.LESSON)).hasSize(bundledLessons());
    }

    @Test
    void aLessonSteppedToItsEndIsDoneWithItsQuizScoreAndReopensWhereTheStudentLeftAfterARestart() throws Exception {
        launch();
        BrowserEntry lesson = entry("lesson:hash-mac-signature").orElseThrow();
        interact(() -> models().session().select(lesson));
        await(() -> models().player().getTrace() != null);
        interact(() -> models().session().setOption("protection", "hmac"));
        await(() -> "hmac".equals(models().player().getTrace().options().get("protection")));
        int size = models().player().getTrace().size();
        interact(() -> models().player().end());
        assertThat(models().session().marks()).as("End skips; it does not watch")
                .containsEntry(lesson.id(), EntryMark.IN_PROGRESS);
        interact(() -> {
            models().player().stepBack();
            models().player().stepForward();
        });
        assertThat(models().session().marks()).containsEntry(lesson.id(), EntryMark.DONE);
        interact(() -> {
            app.quiz().openQuiz();
            dev.trustflow.app.quiz.QuizViewModel quiz = app.quiz().quiz();
            for (int i = 0; !quiz.isFinished() && i < 20; i++) {
                List<dev.trustflow.sim.lesson.QuizChoice> choices = quiz.getQuestion().choices();
                quiz.select(i % 2 == 0 ? firstWrong(choices) : firstRight(choices));
                quiz.submit();
                quiz.next();
            }
            app.quiz().close();
        });
        int total = models().services().progress().quizScore("hash-mac-signature").orElseThrow().total();
        assertThat(models().services().progress().quizScore("hash-mac-signature").orElseThrow().correct())
                .isEqualTo(total / 2);
        interact(() -> {
            models().player().stepBack();
            models().player().stepBack();
            models().services().themes().useDark();
            models().player().setSpeed(2.0);
        });

        String event = models().player().getCurrentEvent().caption();
        restart();
        await(() -> models().player().getTrace() != null && models().player().getCursor() == size - 3);
        assertThat(models().session().getSelected().id()).isEqualTo(lesson.id());
        assertThat(models().session().options().choice("protection")).as("the what-if comes back").isEqualTo("hmac");
        assertThat(models().player().getCurrentEvent().caption()).as("the same event").isEqualTo(event);
        assertThat(models().session().marks()).containsEntry(lesson.id(), EntryMark.DONE);
        assertThat(models().services().progress().quizScore("hash-mac-signature"))
                .contains(new ProgressData.QuizScore(total / 2, total));
        assertThat(models().services().themes().getBase()).isEqualTo(Theme.DARK);
        assertThat(models().player().getSpeed()).isEqualTo(2.0);
        assertThat(models().narration().lessonTextProperty().get()).isNotBlank();
    }

    private static int firstRight(List<dev.trustflow.sim.lesson.QuizChoice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                return i;
            }
        }
        throw new AssertionError("no right choice");
    }

    private static int firstWrong(List<dev.trustflow.sim.lesson.QuizChoice> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).correct()) {
                return i;
            }
        }
        throw new AssertionError("no wrong choice");
    }

    @Test
    void aCorruptSettingsFileIsKeptAsBakAndTheAppStartsWithDefaultsSayingSoOnce() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"theme\": \"dark\", \"projector\": tru");
        launch();
        assertThat(models().services().notices().getCurrent().text())
                .startsWith("settings.json is damaged (line 1: ").endsWith("defaults are used");
        assertThat(Files.readString(home.resolve("settings.json.bak"))).isEqualTo("{\"theme\": \"dark\", \"projector\": tru");
        assertThat(models().services().themes().getBase()).isEqualTo(Theme.LIGHT);
        assertThat(models().services().themes().isProjector()).isFalse();

        interact(() -> models().services().themes().toggleProjector());
        await(() -> Files.exists(home.resolve("settings.json")));
        restart();
        assertThat(models().services().themes().isProjector()).isTrue();
        assertThat(models().services().notices().getCurrent()).isNull();
    }

    @Test
    void theInspectorPutAwayStaysAwayAfterARestart() throws Exception {
        launch();
        interact(() -> models().window().toggleInspector());
        await(() -> readSettings().contains("\"inspectorPutAway\":true"));
        restart();
        assertThat(models().window().inspectorPutAwayProperty().get()).as("put away after a restart").isTrue();
        assertThat(lookup("#inspector-slot").query().isVisible()).as("the inspector's slot").isFalse();
    }

    private String readSettings() {
        try {
            return Files.exists(home.resolve("settings.json"))
                    ? Files.readString(home.resolve("settings.json")).replace(" ", "") : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
