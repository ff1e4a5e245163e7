/** The simulation module's layering as ArchUnit rules, and the tests that show each rule can fail. */
package dev.trustflow.sim.layering;
