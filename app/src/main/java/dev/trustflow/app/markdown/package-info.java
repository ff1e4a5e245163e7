/**
 * Markdown rendered to JavaFX text nodes (commonmark-java, no WebView): lesson bodies and check explanations.
 * Links are shown with their address and never opened; images are never loaded, their alt text is shown.
 */
package dev.trustflow.app.markdown;
