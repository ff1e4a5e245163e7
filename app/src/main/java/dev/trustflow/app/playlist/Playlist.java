package dev.trustflow.app.playlist;

import java.util.List;
import java.util.Objects;

/** A named, ordered list of items, as saved in a playlist file. */
public record Playlist(String title, List<PlaylistItem> items) {

    public Playlist {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
