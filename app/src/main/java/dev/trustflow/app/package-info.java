/**
 * The TrustFlow desktop app: {@link dev.trustflow.app.Launcher} starts it, {@link dev.trustflow.app.TrustFlowApp}
 * is the composition root. Sub-packages hold view-models (plain JavaFX properties, no nodes) and thin views.
 *
 * <p>Startup, and why it is split in two: the window first shows a text-only boot screen (no controls, so no
 * skins and no theme to load) while a worker reads the scenarios, check explanations, settings and progress;
 * the main window is built right after that first frame and replaces the boot screen in the same scene. The
 * whole window (about 500 skin and behaviour classes, AtlantaFX's stylesheet) used to be built before the
 * first frame, which took 2-3x as long as a bare JavaFX window; now the first frame costs what a bare
 * window's does, and with the installed app's startup archive less. {@code TrustFlowApp.ready()} completes
 * when the main window is in; the startup probe reports both moments, its "ready" once the main window is
 * painted with the lessons listed (they are read and validated on a worker from the boot screen's first frame).
 *
 * <p>{@link dev.trustflow.app.Launcher} first lets {@code NoGpuRendering} choose, on Linux without a GPU device,
 * JavaFX's software pipeline and GTK without its OpenGL probe, before JavaFX starts.
 */
package dev.trustflow.app;
