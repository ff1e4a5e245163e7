package dev.trustflow.app.window;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Light or dark, projector on or off, and the stylesheets that follow from them. No nodes. */
public final class ThemeModel {

    public static final String ASSETS = "/dev/trustflow/assets/";
    public static final String APP_CSS = ASSETS + "css/app.css";
    public static final String PROJECTOR_CSS = ASSETS + "css/projector.css";
    public static final String QUIZ_CSS = ASSETS + "css/quiz.css";
    public static final String PRESENTER_CSS = ASSETS + "css/presenter.css";
    public static final String COMPARE_CSS = ASSETS + "css/compare.css";
    public static final String LEARN_CSS = ASSETS + "css/learn.css";

    private final ObjectProperty<Theme> base = new SimpleObjectProperty<>(this, "base", Theme.LIGHT);
    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
    /** Text size as a factor of the theme's own, 1.0 (100%) to 2.5 (250%); see presenter.FontScale. */
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final ReadOnlyObjectWrapper<List<String>> stylesheets = new ReadOnlyObjectWrapper<>(this, "stylesheets");

    public ThemeModel() {
        stylesheets.bind(Bindings.createObjectBinding(() -> {
            List<String> sheets = new ArrayList<>();
            sheets.add(resource(APP_CSS));
            sheets.add(resource(QUIZ_CSS));
            sheets.add(resource(COMPARE_CSS));
            sheets.add(resource(LEARN_CSS));
            if (projector.get()) {
                sheets.add(resource(PROJECTOR_CSS));
            }
            sheets.add(resource(PRESENTER_CSS));
            return List.copyOf(sheets);
        }, projector));
    }

    public void useLight() {
        base.set(Theme.LIGHT);
    }

    public void useDark() {
        base.set(Theme.DARK);
    }

    public void toggleProjector() {
        projector.set(!projector.get());
    }

    /** Light, dark or projector (projector on a light base), as named on the command line. */
    public void apply(String name) {
        switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "dark":
                useDark();
                projector.set(false);
                break;
            case "projector":
                useLight();
                projector.set(true);
                break;
            case "light":
                useLight();
                projector.set(false);
                break;
            default:
                throw new IllegalArgumentException("theme '" + name + "' is not one of light, dark, projector");
        }
    }

    public ObjectProperty<Theme> baseProperty() {
        return base;
    }

    public Theme getBase() {
        return base.get();
    }

    public BooleanProperty projectorProperty() {
        return projector;
    }

    public boolean isProjector() {
        return projector.get();
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public double getFontScale() {
        return fontScale.get();
    }

    /** Sets the text scale, clamped to 1.0 .. 2.5. */
    public void setFontScale(double scale) {
        fontScale.set(Double.isFinite(scale) ? Math.max(1.0, Math.min(2.5, scale)) : 1.0);
    }

    /** Our stylesheets, in order: app.css, quiz.css, compare.css, learn.css, then projector.css when on, then presenter.css (font scale, presenter). */
    public ReadOnlyObjectProperty<List<String>> stylesheetsProperty() {
        return stylesheets.getReadOnlyProperty();
    }

    public List<String> getStylesheets() {
        return stylesheets.get();
    }

    /** The URL of one of our stylesheets (a path under {@link #ASSETS}); fails when it is not packaged. */
    public static String resource(String path) {
        URL url = ThemeModel.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + path + " is missing from the application");
        }
        return url.toExternalForm();
    }
}
