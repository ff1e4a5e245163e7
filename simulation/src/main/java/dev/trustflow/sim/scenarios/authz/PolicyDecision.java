package dev.trustflow.sim.scenarios.authz;

import dev.trustflow.sim.check.CheckResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One authorization decision as an engine made it.
 *
 * @param model     the model that decided
 * @param allowed   the engine's answer
 * @param decidedBy the casbin rule that matched, or the relationship path walked; on a deny, what was searched
 * @param subject   who asked, as the decision saw them
 * @param document  what they asked for
 * @param action    {@code read} or {@code edit}
 */
record PolicyDecision(AuthzModel model, boolean allowed, String decidedBy, Subject subject, Document document,
                      String action) {

    CheckResult result() {
        String asked = subject.name() + " " + action + " " + document.id() + " (" + document.folder() + ")";
        return allowed
                ? CheckResult.pass(model.check(), model.label() + " allows " + asked + ": " + decidedBy)
                : CheckResult.fail(model.check(), model.label() + " denies " + asked + ": " + decidedBy);
    }

    /** The decision table's rows, as event data. */
    Map<String, Object> table() {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("model", model.label());
        rows.put("subject", subject.name());
        if (model != AuthzModel.REBAC) {
            rows.put("dept", subject.dept());
            rows.put("role", subject.role());
            rows.put("attributes-from", subject.source());
        }
        rows.put("object", document.path());
        rows.put("action", action);
        rows.put("effect", allowed ? "allow" : "deny");
        rows.put("decided-by", decidedBy);
        return rows;
    }

    /** The same table as text, for the inspector's artifact pane. */
    String tableText() {
        StringBuilder text = new StringBuilder();
        table().forEach((k, v) -> text.append(String.format("%-15s %s%n", k, v)));
        return text.toString();
    }
}
