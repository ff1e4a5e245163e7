/** Planted: view-models that reach into {@code javafx.scene}. */
package dev.trustflow.app.layering.planted.viewmodel;
