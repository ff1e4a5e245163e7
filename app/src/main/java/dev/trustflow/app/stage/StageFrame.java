package dev.trustflow.app.stage;

import java.util.List;
import java.util.Set;

/**
 * What the stage shows at one cursor position.
 *
 * @param effects     what to draw for the current event
 * @param active      the current event's actor and target, highlighted
 * @param compromised actors red from earlier alarms
 * @param animate     the cursor moved one step forward: effects may play a short transition
 */
public record StageFrame(List<StageEffect> effects, Set<String> active, Set<String> compromised, boolean animate) {

    public static final StageFrame EMPTY = new StageFrame(List.of(), Set.of(), Set.of(), false);

    public StageFrame {
        effects = List.copyOf(effects);
        active = Set.copyOf(active);
        compromised = Set.copyOf(compromised);
    }
}
