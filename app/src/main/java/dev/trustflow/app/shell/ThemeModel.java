package dev.trustflow.app.shell;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Light or dark, projector on or off, and the stylesheets that follow from them. No nodes. */
public final class ThemeModel {

    public static final String ASSETS = "/dev/trustflow/assets/";
    public static final String APP_CSS = ASSETS + "css/app.css";
    public static final String PROJECTOR_CSS = ASSETS + "css/projector.css";

    private final ObjectProperty<Theme> base = new SimpleObjectProperty<>(this, "base", Theme.LIGHT);
    private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
    private final ReadOnlyObjectWrapper<List<String>> stylesheets = new ReadOnlyObjectWrapper<>(this, "stylesheets");

    public ThemeModel() {
        stylesheets.bind(Bindings.createObjectBinding(() -> {
            List<String> sheets = new ArrayList<>();
            sheets.add(resource(APP_CSS));
            if (projector.get()) {
                sheets.add(resource(PROJECTOR_CSS));
            }
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

    /** Our stylesheets, in order: app.css, then projector.css when on. */
    public ReadOnlyObjectProperty<List<String>> stylesheetsProperty() {
        return stylesheets.getReadOnlyProperty();
    }

    public List<String> getStylesheets() {
        return stylesheets.get();
    }

    static String resource(String path) {
        URL url = ThemeModel.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + path + " is missing from the application");
        }
        return url.toExternalForm();
    }
}
