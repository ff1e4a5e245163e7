/** Planted: one of two packages that depend on each other. */
package dev.trustflow.app.layering.planted.ring;
