package dev.trustflow.app.export;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** A picture's pixels as ARGB ints, row by row: copied out of a JavaFX image so another thread can encode them. */
public record PixelGrid(int width, int height, int[] argb) {

    public PixelGrid {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** Copies the pixels of {@code image} (call on the thread that owns it, the FX thread for a snapshot). */
    public static PixelGrid of(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new PixelGrid(w, h, argb);
    }
}
