package dev.trustflow.app.stage;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.trustflow.app.stage.WorldLayout.Box;
import dev.trustflow.app.window.ThemeModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clock jump's banner ("31 days later") covers no actor: full size where the stage has room for it, one smaller
 * line ({@code :compact}) in the room under the drawing when the drawing fills the stage (the secrets lesson's
 * world at 1280x800 left no place for the full banner, which was drawn over the legend).
 */
@ExtendWith(ApplicationExtension.class)
class ClockJumpPlacementFxTest {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 400;
    /** The free band under a crowded drawing: too low for the full banner, enough for the compact one. */
    private static final Box ROOM = new Box(0, 350, WIDTH, 50);

    private EffectLayer layer;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        layer = new EffectLayer();
        Scene scene = new Scene(layer, WIDTH, HEIGHT);
        scene.getStylesheets().add(ThemeModel.class.getResource(ThemeModel.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void onACrowdedStageTheBannerTurnsCompactAndCoversNoActor(FxRobot robot) {
        Map<String, Box> actors = crowd();
        Node banner = showClockJump(robot, actors);
        assertThat(banner.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("compact"));
        Box at = boxOf(banner);
        assertThat(actors.values()).allSatisfy(actor -> assertThat(FreeSpace.overlap(at, actor))
                .as("the banner %s over the actor at %s", at, actor).isZero());
        assertThat(at.y()).as("the banner's top, in the room").isGreaterThanOrEqualTo(ROOM.y());
    }

    @Test
    void onAStageWithRoomTheBannerKeepsItsFullSize(FxRobot robot) {
        Node banner = showClockJump(robot, Map.of("alice", new Box(20, 20, 80, 80)));
        assertThat(banner.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("compact"));
        assertThat(boxOf(banner).height()).as("the full banner's height").isGreaterThan(ROOM.height());
    }

    /** Actors 90 x 100 with 10 px between them, over the whole stage above the room. */
    private static Map<String, Box> crowd() {
        Map<String, Box> actors = new LinkedHashMap<>();
        for (double y = 10; y + 100 <= ROOM.y(); y += 110) {
            for (double x = 10; x + 90 <= WIDTH; x += 100) {
                actors.put("actor-" + actors.size(), new Box(x, y, 90, 100));
            }
        }
        return actors;
    }

    private Node showClockJump(FxRobot robot, Map<String, Box> actors) {
        Map<String, Point> badges = new LinkedHashMap<>();
        actors.forEach((id, box) -> badges.put(id, box.centre()));
        robot.interact(() -> {
            layer.setGeometry(new StageGeometry(WIDTH, HEIGHT, actors, badges, List.of(), new ArrayList<>(), ROOM));
            layer.show(new StageFrame(List.of(new StageEffect.ClockJump("31 days later")), Set.of(), Set.of(), false),
                    Duration.ZERO, Duration.ZERO);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return layer.getChildrenUnmodifiable().get(0);
    }

    /** The banner's box on the layer: its layout bounds (no drop shadow) where it was put. */
    private static Box boxOf(Node node) {
        return new Box(node.getLayoutX(), node.getLayoutY(), node.getLayoutBounds().getWidth(),
                node.getLayoutBounds().getHeight());
    }
}
