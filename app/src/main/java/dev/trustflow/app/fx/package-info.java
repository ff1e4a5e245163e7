/**
 * Small JavaFX helpers that views and view-models share: observable values only, no nodes, nothing of the app.
 */
package dev.trustflow.app.fx;
