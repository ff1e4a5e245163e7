package dev.trustflow.app.quiz;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Pictures of the window for a person to look at, written only when {@code -Dquiz.shots=DIR} is given. */
final class Shots {

    private Shots() {
    }

    static void take(FxRobot robot, String name) {
        String dir = System.getProperty("quiz.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = robot.lookup("#trustflow-root").query().getScene().snapshot(null));
        WritableImage image = shot[0];
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(picture, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
