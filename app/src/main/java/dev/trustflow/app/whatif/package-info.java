/**
 * The what-if panel: one control per option of the current scenario (toggle, combo box, duration presets,
 * spinner), each with its label and description. Controls only report the picked value to the session.
 */
package dev.trustflow.app.whatif;
