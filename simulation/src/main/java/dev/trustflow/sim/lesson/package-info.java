/**
 * Lessons as data: a Markdown file with YAML front matter (id, title, order, level, minutes, objectives,
 * the scenario it drives with default options, narration cues tied to events of that scenario, a quiz, an
 * interview question with a model answer).
 * Parsing is strict and every problem is reported as {@code file:line: what is wrong}; the model is plain
 * records shared by the CLI ({@code check-lessons}) and the app.
 */
package dev.trustflow.sim.lesson;
