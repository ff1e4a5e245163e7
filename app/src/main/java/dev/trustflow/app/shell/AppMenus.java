package dev.trustflow.app.shell;

import dev.trustflow.app.export.TlsCaptureExport;
import dev.trustflow.app.export.ViewExports;
import dev.trustflow.app.sequence.ViewMode;
import dev.trustflow.app.sequence.ViewModeModel;
import dev.trustflow.app.window.Theme;
import dev.trustflow.app.window.ThemeModel;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** File, View and Tools menus; every item calls a view-model method. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar create(MainWindowModels models, ViewExports exports, TlsCaptureExport capture) {
        MenuItem open = item("Open trace…", "Shortcut+O", models.files()::open);
        open.setId("menu-open");
        MenuItem save = item("Save trace…", "Shortcut+S", models.files()::save);
        save.setId("menu-save");
        MenuItem quit = item("Quit", "Shortcut+Q", models.window()::quit);
        MenuItem lessons = item("Open lessons folder", "Shortcut+Shift+L", models.window()::openLessonsFolder);
        lessons.setId("menu-lessons-folder");
        lessons.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Open lessons folder: " + models.window().lessonsFolderProperty().get(),
                models.window().lessonsFolderProperty()));
        lessons.disableProperty().bind(models.window().lessonsFolderProperty().isEmpty());
        MenuItem exportPng = new MenuItem("Export view as PNG…");
        exportPng.setId("menu-export-png");
        exportPng.setOnAction(e -> exports.exportPng());
        MenuItem exportMermaid = new MenuItem("Export sequence as Mermaid…");
        exportMermaid.setId("menu-export-mermaid");
        exportMermaid.setOnAction(e -> exports.exportMermaid());
        MenuItem exportCapture = new MenuItem("Save TLS capture (pcapng)…");
        exportCapture.setId("menu-export-pcapng");
        exportCapture.setOnAction(e -> capture.exportCapture());
        exportCapture.disableProperty().bind(capture.availableBinding().not());
        Menu file = new Menu("_File", null, open, save, new SeparatorMenuItem(), exportPng, exportMermaid,
                exportCapture,
                new SeparatorMenuItem(), lessons, new SeparatorMenuItem(), quit);

        ThemeModel themes = models.services().themes();
        ToggleGroup base = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light");
        light.setToggleGroup(base);
        light.setOnAction(e -> themes.useLight());
        RadioMenuItem dark = new RadioMenuItem("Dark");
        dark.setToggleGroup(base);
        dark.setOnAction(e -> themes.useDark());
        Runnable syncBase = () -> (themes.getBase() == Theme.DARK ? dark : light).setSelected(true);
        themes.baseProperty().addListener((obs, old, now) -> syncBase.run());
        syncBase.run();
        CheckMenuItem projector = new CheckMenuItem("Projector theme");
        projector.setId("menu-projector");
        projector.setSelected(themes.isProjector());
        projector.setOnAction(e -> themes.toggleProjector());
        themes.projectorProperty().addListener((obs, old, on) -> projector.setSelected(on));
        CheckMenuItem fullScreen = new CheckMenuItem("Full screen (F)");
        fullScreen.setSelected(models.window().isFullScreen());
        fullScreen.setOnAction(e -> models.window().toggleFullScreen());
        models.window().fullScreenProperty().addListener((obs, old, on) -> fullScreen.setSelected(on));
        CheckMenuItem inspector = new CheckMenuItem("Inspector (I)");
        inspector.setId("menu-inspector");
        inspector.setSelected(!models.window().inspectorPutAwayProperty().get());
        inspector.setOnAction(e -> models.window().toggleInspector());
        models.window().inspectorPutAwayProperty().addListener((obs, old, away) -> inspector.setSelected(!away));
        CheckMenuItem hideQuizzes = new CheckMenuItem("Hide quizzes");
        hideQuizzes.setId("menu-hide-quizzes");
        hideQuizzes.selectedProperty().bindBidirectional(models.services().quizzes().hideQuizzesProperty());
        MenuItem presenter = item("Presenter mode (P, Esc leaves)", null, models.presenter()::toggle);
        presenter.setId("menu-presenter");
        MenuItem larger = item("Larger text (Ctrl+Plus)", null, models.presenter()::largerText);
        larger.setId("menu-text-larger");
        MenuItem smaller = item("Smaller text (Ctrl+Minus)", null, models.presenter()::smallerText);
        smaller.setId("menu-text-smaller");
        MenuItem reset = item("Text size 100% (Ctrl+0)", null, models.presenter()::resetText);
        MenuItem playlist = item("Playlist…", "Shortcut+L", models.playlist()::showPanel);
        playlist.setId("menu-playlist");
        Menu view = new Menu("_View", null, light, dark, new SeparatorMenuItem(), projector, fullScreen,
                inspector, hideQuizzes,
                new SeparatorMenuItem(), presenter, larger, smaller, reset, playlist);
        view.getItems().addAll(0, viewModes(models.views()));

        MenuItem workbench = item("Token workbench…", "Shortcut+T", models.window()::openWorkbench);
        workbench.setId("menu-workbench");
        MenuItem compare = item("Compare side by side…", "Shortcut+D", models.compare()::open);
        compare.setId("menu-compare");
        Menu tools = new Menu("_Tools", null, workbench, compare);

        MenuBar bar = new MenuBar(file, view, tools);
        bar.setId("menu-bar");
        return bar;
    }

    /** Topology / Sequence / Both (V cycles), then a separator. */
    private static java.util.List<MenuItem> viewModes(ViewModeModel views) {
        ToggleGroup group = new ToggleGroup();
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        for (ViewMode mode : ViewMode.values()) {
            RadioMenuItem item = new RadioMenuItem(mode.label());
            item.setId("menu-view-" + mode);
            item.setToggleGroup(group);
            item.setSelected(views.getMode() == mode);
            item.setOnAction(e -> views.show(mode));
            views.modeProperty().addListener((obs, old, now) -> item.setSelected(now == mode));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        return items;
    }

    private static MenuItem item(String text, String accelerator, Runnable command) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> command.run());
        return item;
    }
}
