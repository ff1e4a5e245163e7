package dev.trustflow.sim.scenario;

/** The kinds of what-if a scenario can offer. */
public enum OptionType {
    BOOLEAN, CHOICE, DURATION, NUMBER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
