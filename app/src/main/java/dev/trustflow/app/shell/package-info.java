/**
 * The main window's shell: what every window shares ({@link dev.trustflow.app.shell.AppServices}), the main
 * window's models ({@link dev.trustflow.app.shell.MainWindowModels}, one small factory; the comparison, the
 * playlist and the workbench have theirs in their own packages), the boot screen shown until the window is built,
 * how the panels are arranged (with a slot for the inspector), menus, keyboard, notices, uncaught errors,
 * snapshots and autoplay ({@code -Dtrustflow.autoplay}, for the frame probe and unattended demos). Themes and
 * window state are in {@code dev.trustflow.app.window}, below it.
 */
package dev.trustflow.app.shell;
