package dev.trustflow.app.stage;

/**
 * What the student can do to an actor on the stage: select it (a click) and breach it ("Breach here" in its
 * context menu). The window gives the stage the view-model commands these run; the stage's handlers only call them.
 */
public interface ActorCommands {

    void select(String actor);

    void breach(String actor);
}
