/**
 * The TrustFlow desktop app: {@link dev.trustflow.app.Launcher} starts it, {@link dev.trustflow.app.TrustFlowApp}
 * is the composition root. Sub-packages hold view-models (plain JavaFX properties, no nodes) and thin views.
 */
package dev.trustflow.app;
