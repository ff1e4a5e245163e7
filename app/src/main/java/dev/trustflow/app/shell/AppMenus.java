package dev.trustflow.app.shell;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** File and View menus; every item calls a view-model method. */
final class AppMenus {

    private AppMenus() {
    }

    static MenuBar create(AppModels models) {
        MenuItem open = item("Open trace…", "Shortcut+O", models.files()::open);
        open.setId("menu-open");
        MenuItem save = item("Save trace…", "Shortcut+S", models.files()::save);
        save.setId("menu-save");
        MenuItem quit = item("Quit", "Shortcut+Q", models.window()::quit);
        Menu file = new Menu("_File", null, open, save, new SeparatorMenuItem(), quit);

        ThemeModel themes = models.themes();
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
        Menu view = new Menu("_View", null, light, dark, new SeparatorMenuItem(), projector, fullScreen);

        MenuBar bar = new MenuBar(file, view);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable command) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> command.run());
        return item;
    }
}
