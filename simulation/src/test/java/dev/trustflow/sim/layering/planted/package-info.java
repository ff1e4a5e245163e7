/**
 * Test-only classes that break the layering on purpose, one violation per rule of {@code LayeringRules}, laid out
 * under this root as the real packages are under {@code dev.trustflow.sim}. Never imported with the production
 * classes; {@code LayeringTest} shows that each rule reports its planted violation.
 */
package dev.trustflow.sim.layering.planted;
