package dev.trustflow.app.learn;

import dev.trustflow.app.player.PlaybackSpeed;
import java.util.Locale;

/**
 * The settings the app remembers, as stored in {@code settings.json}.
 *
 * @param theme         light or dark
 * @param projector     the projector theme on top
 * @param fontScale     text size factor, {@value #MIN_FONT_SCALE} to {@value #MAX_FONT_SCALE}
 * @param speed         playback speed (one of {@link PlaybackSpeed#STEPS})
 * @param quizzesHidden whether lessons hide their quizzes (a teacher in front of a class)
 * @param inspectorPutAway whether the inspector is put away (View ▸ Inspector, key I), so the stage has its width
 */
public record SettingsData(String theme, boolean projector, double fontScale, double speed, boolean quizzesHidden,
                           boolean inspectorPutAway) {

    public static final double MIN_FONT_SCALE = 1.0;
    public static final double MAX_FONT_SCALE = 2.5;

    public static SettingsData defaults() {
        return new SettingsData("light", false, MIN_FONT_SCALE, PlaybackSpeed.NORMAL, false, false);
    }

    /** Values read from a file brought into range: unknown theme to light, scale clamped, speed to a step. */
    public SettingsData normalized() {
        String base = theme == null ? "light" : theme.strip().toLowerCase(Locale.ROOT);
        double scale = Double.isFinite(fontScale) ? Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, fontScale))
                : MIN_FONT_SCALE;
        double step = Double.isFinite(speed) && speed > 0 ? PlaybackSpeed.nearest(speed) : PlaybackSpeed.NORMAL;
        return new SettingsData(base.equals("dark") ? "dark" : "light", projector, scale, step, quizzesHidden,
                inspectorPutAway);
    }
}
