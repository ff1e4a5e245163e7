package dev.trustflow.sim.world;

import dev.trustflow.sim.check.CheckResult;

/**
 * What a world rule decided for one hop.
 *
 * @param result the check's outcome ({@link HopRules#SEGMENTATION} or {@link HopRules#ALLOW_LIST})
 * @param rule   the id of the rule that allowed the hop, or of the rules that did not (null: no rule matched)
 */
public record HopDecision(CheckResult result, String rule) {
}
