/** Planted: a window that runs scenarios with a runner of its own. */
package dev.trustflow.app.layering.planted.compare;
