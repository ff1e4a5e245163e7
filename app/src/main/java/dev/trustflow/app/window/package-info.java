/**
 * Window state that menus, keys, settings and the presenter mode change, below the shell that lays the windows
 * out: the theme (AtlantaFX base plus our CSS under assets/, projector mode, font scale), full screen and title
 * ({@link dev.trustflow.app.window.WindowModel}), and the tool windows that follow the theme
 * ({@link dev.trustflow.app.window.SecondaryWindow}).
 */
package dev.trustflow.app.window;
