package dev.trustflow.sim.engine;

/** What an actor does with a request addressed to it once every guard on the way let it through. */
@FunctionalInterface
public interface Handler {
    Reply handle(Arrival arrival);
}
