package dev.trustflow.sim.lesson;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.EventKinds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code narration} list: each cue is {@code {when: {kind, actor, target, check, status, step}, text}}
 * with an optional {@code only-if: {option: value}} that limits it to runs with those what-if values (a list of
 * values: any of them).
 */
final class NarrationReader {

    static final List<String> CUE_KEYS = List.of("when", "text", "only-if");
    static final List<String> SELECTOR_KEYS = List.of("kind", "actor", "target", "check", "status", "step");

    private final FieldReader fields;
    private final ScenarioChecks checks;
    private final Scenario scenario;

    /** {@code scenario} may be null (unknown): {@code only-if} values are then only shape-checked. */
    NarrationReader(FieldReader fields, ScenarioChecks checks, Scenario scenario) {
        this.fields = fields;
        this.checks = checks;
        this.scenario = scenario;
    }

    /** The cues (lines are file lines), or null when any is unusable (each problem recorded). */
    List<NarrationCue> read(YamlNode root, FrontMatter frontMatter) {
        YamlNode narration = fields.sequence(root, "narration", "'narration'");
        if (narration == null) {
            return null;
        }
        if (narration.items().isEmpty()) {
            fields.atKey(root, "narration", "'narration' must have at least one cue");
            return null;
        }
        List<NarrationCue> cues = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < narration.items().size(); i++) {
            YamlNode node = narration.items().get(i);
            String name = "narration cue " + (i + 1);
            if (!node.is(YamlNode.Kind.MAPPING)) {
                fields.at(node, name + " must be a mapping with 'when' and 'text', not " + node.describe());
                ok = false;
                continue;
            }
            fields.onlyKnownKeys(node, CUE_KEYS, " in " + name);
            EventSelector when = fields.has(node, "when", " in " + name) ? selector(node, name) : null;
            String text = fields.has(node, "text", " in " + name) ? fields.text(node, "text", "the text of " + name) : null;
            Map<String, Object> onlyIf = onlyIf(node, name);
            ok &= when != null && text != null && onlyIf != null && placeholdersKnown(node, text, name);
            cues.add(new NarrationCue(when, text, frontMatter.fileLine(node.line()), onlyIf));
        }
        return ok ? cues : null;
    }

    /** Reports each placeholder of the text that no event could fill ({@link CueText#problemsIn}). */
    private boolean placeholdersKnown(YamlNode cue, String text, String name) {
        if (text == null) {
            return true;
        }
        List<String> optionKeys = scenario == null ? null : scenario.options().stream().map(OptionSpec::key).toList();
        List<String> problems = CueText.problemsIn(text, optionKeys);
        problems.forEach(p -> fields.atKey(cue, "text", "the text of " + name + ": " + p));
        return problems.isEmpty();
    }

    /** The only-if values as a trace's options show them; empty when absent, null when invalid. */
    private Map<String, Object> onlyIf(YamlNode cue, String name) {
        if (!cue.entries().containsKey("only-if")) {
            return Map.of();
        }
        YamlNode node = fields.mapping(cue, "only-if", "'only-if' in " + name);
        if (node == null) {
            return null;
        }
        if (node.entries().isEmpty()) {
            fields.at(node, "'only-if' in " + name + " must name at least one option");
            return null;
        }
        Map<String, Object> asJson = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            YamlNode value = e.getValue();
            List<YamlNode> alternatives = value.is(YamlNode.Kind.SEQUENCE) ? value.items() : List.of(value);
            if (alternatives.isEmpty()) {
                fields.at(value, "'only-if' in " + name + ": option '" + e.getKey() + "' must have a value");
                ok = false;
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (YamlNode alternative : alternatives) {
                Map<String, Object> typed = checks.optionValue(node, e.getKey(), alternative, scenario);
                if (typed == null) {
                    ok = false;
                } else if (typed.containsKey(e.getKey())) {
                    values.add(OptionSpec.toJson(typed.get(e.getKey())));
                }
            }
            if (ok && scenario != null) {
                asJson.put(e.getKey(), value.is(YamlNode.Kind.SEQUENCE) ? List.copyOf(values) : values.get(0));
            }
        }
        return ok ? asJson : null;
    }

    private EventSelector selector(YamlNode cue, String name) {
        YamlNode when = fields.mapping(cue, "when", "'when' in " + name);
        if (when == null) {
            return null;
        }
        int before = fields.problems().size();
        fields.onlyKnownKeys(when, SELECTOR_KEYS, " in the 'when' of " + name);
        String kind = optionalText(when, "kind", name);
        if (kind != null && !EventKinds.VALID.matcher(kind).matches()) {
            fields.atKey(when, "kind", "'kind' in " + name + " must be a dotted lower-case event kind such as "
                    + "check.fail or http.request, not '" + kind + "'");
        }
        EventSelector selector = new EventSelector(kind, optionalText(when, "actor", name),
                optionalText(when, "target", name), optionalText(when, "check", name),
                optionalWhole(when, "status", name, 100, 599), optionalWhole(when, "step", name, 0, 100_000));
        if (selector.isEmpty() && fields.problems().size() == before) {
            fields.at(when, "the 'when' of " + name + " must set at least one of " + String.join(", ", SELECTOR_KEYS));
        }
        return fields.problems().size() == before ? selector : null;
    }

    private String optionalText(YamlNode when, String key, String name) {
        return when.entries().containsKey(key) ? fields.text(when, key, "'" + key + "' in " + name) : null;
    }

    private Integer optionalWhole(YamlNode when, String key, String name, int min, int max) {
        return when.entries().containsKey(key) ? fields.whole(when, key, "'" + key + "' in " + name, min, max) : null;
    }
}
