package dev.trustflow.sim.cli;

/** How a command prints: for a person, or as JSON for a script. */
public enum OutputFormat {
    text, json
}
