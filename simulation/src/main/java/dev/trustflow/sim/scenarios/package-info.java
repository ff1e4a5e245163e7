/**
 * The scenarios that ship, one sub-package per family, and {@link dev.trustflow.sim.scenarios.BundledScenarios},
 * the catalog of them. Each scenario is written with the engine's toolkit (docs/ARCHITECTURE.md, "Add a scenario").
 */
package dev.trustflow.sim.scenarios;
