package dev.trustflow.app.playlist;

/** A playlist file that cannot be read or used; the message is one line naming the file and what is wrong. */
public final class PlaylistFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public PlaylistFormatException(String message) {
        super(message);
    }
}
