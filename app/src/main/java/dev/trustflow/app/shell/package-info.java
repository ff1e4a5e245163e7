/**
 * The main window's shell: how the panels are arranged (with a slot for the inspector), menus, keyboard,
 * themes (AtlantaFX base plus our CSS under assets/), full screen, notices, uncaught errors, snapshots.
 */
package dev.trustflow.app.shell;
