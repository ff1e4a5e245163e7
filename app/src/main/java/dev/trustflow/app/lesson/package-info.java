/**
 * Lessons in the app: loading the bundled lessons off the FX thread into the browser, and the narration of
 * the selected lesson bound to the events of whatever trace the player shows (what-if re-runs included), and the
 * screens that stand in place of the stage: the introduction before the first step, "In an interview" at the end.
 */
package dev.trustflow.app.lesson;
