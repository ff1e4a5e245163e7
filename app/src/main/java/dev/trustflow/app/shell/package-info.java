/**
 * The main window's shell: the boot screen shown until the window is built, how the panels are arranged (with
 * a slot for the inspector), menus, keyboard, themes (AtlantaFX base plus our CSS under assets/), full
 * screen, notices, uncaught errors, snapshots and autoplay ({@code -Dtrustflow.autoplay}, for the frame probe
 * and unattended demos).
 */
package dev.trustflow.app.shell;
