package dev.trustflow.app.task;

/** Receives errors that no handler of a job claimed (on the delivering thread). */
@FunctionalInterface
public interface ErrorFallback {

    void unhandled(String jobName, Throwable error);
}
