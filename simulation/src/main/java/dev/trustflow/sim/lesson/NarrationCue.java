package dev.trustflow.sim.lesson;

/**
 * Plain-words narration shown from the first event matching {@code when} (searched after the event of the
 * previous cue) until the next cue's event.
 *
 * @param when which event the text belongs to
 * @param text Markdown, a few sentences
 * @param line the line in the lesson file, for messages
 */
public record NarrationCue(EventSelector when, String text, int line) {
}
