/**
 * The narration bar under the stage: the current event's caption, large, and a second line that lesson
 * code fills with its own narration through {@link dev.trustflow.app.narration.NarrationModel#lessonTextProperty()}.
 */
package dev.trustflow.app.narration;
