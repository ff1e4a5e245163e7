package dev.trustflow.app.notice;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.trustflow.app.stage.StageIcons;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** Shows the current notice in the top-right corner over the window, without blocking; it fades after a while. */
public final class NotificationView extends StackPane {

    public static final Duration SHOWN_FOR = Duration.seconds(7);

    private final Notifications model;
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    public NotificationView(Notifications model) {
        this.model = model;
        getStyleClass().add("notice-layer");
        setPickOnBounds(false);
        setAlignment(Pos.TOP_RIGHT);
        model.currentProperty().addListener((obs, old, notice) -> show(notice));
        show(model.getCurrent());
    }

    private void show(Notice notice) {
        timer.stop();
        getChildren().clear();
        if (notice == null) {
            return;
        }
        Notification box = new Notification(notice.text(), StageIcons.icon(
                notice.level() == Notice.Level.ERROR ? MaterialDesignA.ALERT_CIRCLE_OUTLINE
                        : MaterialDesignI.INFORMATION_OUTLINE, "notice-icon"));
        box.setId("notice");
        box.getStyleClass().addAll("notice", notice.level().styleClass(), Styles.ELEVATED_1,
                notice.level() == Notice.Level.ERROR ? Styles.DANGER : Styles.ACCENT);
        box.setOnClose(e -> model.dismiss());
        box.setMaxWidth(USE_PREF_SIZE);
        box.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(box);
        long id = notice.id();
        timer.setOnFinished(e -> {
            if (model.getCurrent() != null && model.getCurrent().id() == id) {
                model.dismiss();
            }
        });
        timer.playFromStart();
    }
}
