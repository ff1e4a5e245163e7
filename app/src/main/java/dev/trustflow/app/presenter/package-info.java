/**
 * Presenter mode for a teacher at a projector: full screen, projector theme, large type, no chrome,
 * clicker keys, a black screen and a text size control.
 */
package dev.trustflow.app.presenter;
