package dev.trustflow.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.app.entry.BrowserEntry;
import dev.trustflow.app.entry.EntryKind;
import dev.trustflow.app.notice.Notifications;
import dev.trustflow.app.player.ManualTickSource;
import dev.trustflow.app.player.Player;
import dev.trustflow.app.task.RunService;
import dev.trustflow.app.task.SameThreadTaskRunner;
import dev.trustflow.app.testsupport.CourierScenario;
import dev.trustflow.app.testsupport.Traces;
import dev.trustflow.sim.scenario.OptionType;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioSessionTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Player player = new Player(new ManualTickSource());
    private final Notifications notices = new Notifications();
    private final ScenarioSession session = new ScenarioSession(
            new RunService(new ScenarioRunner(), tasks), player, notices);
    private final BrowserEntry courier = BrowserEntry.of(new CourierScenario());

    @BeforeEach
    void list() {
        session.entries().add(courier);
    }

    @Test
    void selectingRunsTheScenarioAndLoadsItsTrace() {
        session.select(courier);
        assertThat(tasks.jobsRun()).isEqualTo(1);
        assertThat(player.getTrace().scenario()).isEqualTo(CourierScenario.ID);
        assertThat(player.getTrace().seed()).isEqualTo(ScenarioSession.DEFAULT_SEED);
        assertThat(player.getCursor()).isEqualTo(-1);
        assertThat(session.runningProperty().get()).isFalse();
        assertThat(session.fields()).extracting(OptionField::key)
                .containsExactly("tamper", "algorithm", "wait", "requests");
        assertThat(session.fields()).extracting(OptionField::type)
                .containsExactly(OptionType.BOOLEAN, OptionType.CHOICE, OptionType.DURATION, OptionType.NUMBER);
        assertThat(tasks.unhandled()).isEmpty();
    }

    @Test
    void selectingWithASeedRunsOnceWithThatSeed() {
        session.select(courier, 7);
        assertThat(tasks.jobsRun()).isEqualTo(1);
        assertThat(player.getTrace().seed()).isEqualTo(7);
        session.select(courier, 8);
        assertThat(tasks.jobsRun()).isEqualTo(2);
        assertThat(player.getTrace().seed()).isEqualTo(8);
        assertThat(session.getSeed()).isEqualTo(8);
    }

    @Test
    void aWhatIfReRunsAndKeepsTheCursorAtTheSameStep() {
        session.select(courier);
        int check = player.getTrace().events().stream().filter(e -> e.kind().equals("check.pass"))
                .findFirst().orElseThrow().seq();
        player.jumpTo(check);
        field("tamper").change(true);
        assertThat(tasks.jobsRun()).isEqualTo(2);
        assertThat(player.getTrace().options()).containsEntry("tamper", true);
        assertThat(player.getCurrentEvent().kind()).isEqualTo("check.fail");
        assertThat(player.getCurrentEvent().text("reason")).hasValueSatisfying(r -> assertThat(r).contains("does not match"));
        assertThat(field("tamper").getValue()).isEqualTo(true);
    }

    @Test
    void everyOptionTypeReachesTheRun() {
        session.select(courier);
        field("algorithm").change("HmacSHA512");
        field("requests").change(2L);
        field("wait").change(Duration.ofHours(1));
        Trace trace = player.getTrace();
        assertThat(trace.options()).containsEntry("algorithm", "HmacSHA512").containsEntry("requests", 2L)
                .containsEntry("wait", "PT1H");
        assertThat(trace.events()).anySatisfy(e -> assertThat(e.kind()).isEqualTo("clock.jump"));
        assertThat(field("wait").durationPresets()).contains(Duration.ofHours(1), Duration.ofMinutes(20));
    }

    @Test
    void sameValueDoesNotReRun() {
        session.select(courier);
        field("tamper").change(false);
        assertThat(tasks.jobsRun()).isEqualTo(1);
    }

    @Test
    void aValueOutsideTheRangeIsRefusedWithAMessage() {
        session.select(courier);
        field("requests").change(99L);
        assertThat(tasks.jobsRun()).isEqualTo(1);
        assertThat(notices.getCurrent().text()).contains("requests").contains("1 to 3");
        assertThat(field("requests").getValue()).isEqualTo(1L);
    }

    @Test
    void theSeedIsShownAndSettable() {
        session.select(courier);
        session.setSeed(7);
        assertThat(tasks.jobsRun()).isEqualTo(2);
        assertThat(player.getTrace().seed()).isEqualTo(7);
        assertThat(session.getSeed()).isEqualTo(7);
    }

    @Test
    void anEntryPresetsItsOptions() {
        BrowserEntry lesson = new BrowserEntry("lesson-1", "Lesson", "sub", EntryKind.LESSON, new CourierScenario(),
                Map.of("tamper", true));
        session.select(lesson);
        assertThat(player.getTrace().options()).containsEntry("tamper", true);
        assertThat(field("tamper").getValue()).isEqualTo(true);
    }

    @Test
    void anOpenedTraceBringsItsScenarioOptionsAndSeed() {
        Trace saved = Traces.courier(Map.of("tamper", true, "requests", 2L));
        session.showTrace(saved);
        assertThat(player.getTrace()).isSameAs(saved);
        assertThat(session.getSelected()).isEqualTo(courier);
        assertThat(session.getSeed()).isEqualTo(saved.seed());
        assertThat(field("tamper").getValue()).isEqualTo(true);
        assertThat(field("requests").getValue()).isEqualTo(2L);
        assertThat(tasks.jobsRun()).isZero();
        field("tamper").change(false);
        assertThat(player.getTrace().options()).containsEntry("tamper", false).containsEntry("requests", 2L);
    }

    @Test
    void anOpenedTraceOfAnUnknownScenarioHasNoWhatIfs() {
        session.entries().clear();
        session.showTrace(Traces.courier());
        assertThat(session.getSelected()).isNull();
        assertThat(session.fields()).isEmpty();
    }

    @Test
    void aLessonOffersOnlyTheWhatIfsItNamesAndAScenarioOffersAll() {
        BrowserEntry lesson = new BrowserEntry("lesson:courier", "Courier lesson", "", EntryKind.LESSON,
                new CourierScenario(), java.util.Map.of("tamper", true), "objectives", java.util.List.of("requests", "tamper"));
        session.select(lesson);
        assertThat(session.fields()).extracting(OptionField::key).containsExactly("tamper", "requests");
        assertThat(field("tamper").description()).isNotBlank();
        session.select(courier);
        assertThat(session.fields()).extracting(OptionField::key).containsExactly("tamper", "algorithm", "wait", "requests");
    }

    @Test
    void headingsAndBrokenFilesAreListedButNeverRun() {
        session.select(BrowserEntry.heading("topic:x", "Foundations"));
        session.select(BrowserEntry.problem("problem:0", "bad.md", "bad.md:3: 'level' must be one of ..."));
        assertThat(session.getSelected()).isNull();
        assertThat(tasks.jobsRun()).isZero();
    }

    private OptionField field(String key) {
        return session.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
