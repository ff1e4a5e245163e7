package dev.trustflow.sim.lesson;

import dev.trustflow.sim.scenario.OptionException;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that need the scenario itself: the scenario id is in the catalog, the options are valid for
 * it, the what-ifs are its option keys, and every narration cue matches an event of a real run of it
 * (seed {@value #CHECK_SEED}, the lesson's options), in order.
 */
final class ScenarioChecks {

    static final long CHECK_SEED = 1;

    private final FieldReader fields;
    private final ScenarioCatalog catalog;
    private final ScenarioRunner runner;

    /** {@code runner} makes the runs the narration is checked against; null only for a parser that makes none. */
    ScenarioChecks(FieldReader fields, ScenarioCatalog catalog, ScenarioRunner runner) {
        this.fields = fields;
        this.catalog = catalog;
        this.runner = runner;
    }

    Scenario scenario(YamlNode root) {
        String id = fields.text(root, "scenario", "'scenario'");
        if (id == null) {
            return null;
        }
        Optional<Scenario> found = catalog.find(id);
        if (found.isEmpty()) {
            List<String> known = catalog.all().stream().map(Scenario::id).toList();
            fields.atKey(root, "scenario", "unknown scenario '" + id + "'" + Suggestions.didYouMean(id, known)
                    + " (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        return found.orElse(null);
    }

    /** The options the lesson sets, typed; null when any is invalid. Without a scenario only the shape is checked. */
    Map<String, Object> options(YamlNode root, Scenario scenario) {
        YamlNode node = fields.mapping(root, "options", "'options'");
        if (node == null) {
            return root.entries().containsKey("options") ? null : Map.of();
        }
        return optionValues(node, scenario);
    }

    /** The typed values of a mapping of option keys to values; null when any is invalid. */
    Map<String, Object> optionValues(YamlNode node, Scenario scenario) {
        Map<String, Object> typed = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            Map<String, Object> one = optionValue(node, e.getKey(), e.getValue(), scenario);
            if (one == null) {
                ok = false;
            } else {
                typed.putAll(one);
            }
        }
        return ok ? typed : null;
    }

    /** One option value of mapping {@code node}, typed ({@code key} to it; empty without a scenario); null when invalid. */
    Map<String, Object> optionValue(YamlNode node, String key, YamlNode value, Scenario scenario) {
        if (!value.is(YamlNode.Kind.SCALAR)) {
            fields.at(value, "option '" + key + "' must be a single value, not " + value.describe());
            return null;
        }
        if (scenario == null) {
            return Map.of();
        }
        Optional<OptionSpec> spec = spec(scenario, key);
        if (spec.isEmpty()) {
            fields.atKey(node, key, unknownOption(scenario, key));
            return null;
        }
        try {
            return Map.of(key, spec.get().coerce(value.scalar()));
        } catch (OptionException ex) {
            fields.at(value, ex.getMessage());
            return null;
        }
    }

    /**
     * The what-ifs and the values each offers, in order; null when any is wrong. An item is a key ({@code - pkce})
     * or a key with its values ({@code - access-ttl: [5m, 15m, 2h]}). A switch or a choice without values offers
     * all of its values; a duration or a number must list them. The lesson's starting value must be among them.
     * Without a scenario only the shape is checked.
     */
    Map<String, List<Object>> whatIfs(YamlNode root, Scenario scenario, Map<String, Object> options) {
        YamlNode list = fields.sequence(root, "what-ifs", "'what-ifs'");
        if (list == null) {
            return root.entries().containsKey("what-ifs") ? null : Map.of();
        }
        Map<String, List<Object>> offered = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode item : list.items()) {
            YamlNode values = null;
            String key;
            if (item.is(YamlNode.Kind.MAPPING) && item.entries().size() == 1) {
                key = item.entries().keySet().iterator().next();
                values = item.get(key);
            } else if (item.is(YamlNode.Kind.MAPPING)) {
                fields.at(item, "each item of 'what-ifs' must be an option key or one key with its values "
                        + "(- access-ttl: [5m, 15m, 2h]), not a mapping of " + item.entries().size() + " keys");
                ok = false;
                continue;
            } else {
                key = fields.text(item, "each item of 'what-ifs'");
            }
            if (key == null) {
                ok = false;
            } else if (offered.containsKey(key)) {
                fields.at(item, "what-if '" + key + "' is listed twice");
                ok = false;
            } else if (scenario != null && spec(scenario, key).isEmpty()) {
                fields.at(item, "what-if '" + key + "' is not an option: " + unknownOption(scenario, key));
                ok = false;
            } else {
                List<Object> typed = scenario == null ? List.of()
                        : offeredValues(item, key, values, spec(scenario, key).get(), options);
                ok &= typed != null;
                offered.put(key, typed);
            }
        }
        return ok ? offered : null;
    }

    private List<Object> offeredValues(YamlNode item, String key, YamlNode values, OptionSpec spec,
                                       Map<String, Object> options) {
        if (values == null) {
            switch (spec.type()) {
                case BOOLEAN:
                    return List.of(false, true);
                case CHOICE:
                    return List.copyOf(spec.choices());
                default:
                    fields.at(item, "what-if '" + key + "' is a " + spec.type().id() + ": list the values it offers, "
                            + "like '- " + key + ": [" + example(spec) + "]'");
                    return null;
            }
        }
        if (!values.is(YamlNode.Kind.SEQUENCE) || values.items().size() < 2) {
            fields.at(values, "what-if '" + key + "' must list at least two values it offers, like '- " + key
                    + ": [" + example(spec) + "]', not " + values.describe());
            return null;
        }
        List<Object> typed = new ArrayList<>();
        boolean ok = true;
        for (YamlNode value : values.items()) {
            if (!value.is(YamlNode.Kind.SCALAR)) {
                fields.at(value, "each value of what-if '" + key + "' must be a single value, not " + value.describe());
                ok = false;
                continue;
            }
            try {
                Object v = spec.coerce(value.scalar());
                if (typed.contains(v)) {
                    fields.at(value, "what-if '" + key + "' offers '" + value.scalar() + "' twice");
                    ok = false;
                } else {
                    typed.add(v);
                }
            } catch (OptionException ex) {
                fields.at(value, ex.getMessage());
                ok = false;
            }
        }
        Object start = options != null && options.containsKey(key) ? options.get(key) : spec.defaultValue();
        if (ok && !typed.contains(start)) {
            fields.at(values, "what-if '" + key + "' does not offer the value the lesson starts with ("
                    + WhatIfCombinations.say(start) + "); add it to the list");
            ok = false;
        }
        return ok ? typed : null;
    }

    private static String example(OptionSpec spec) {
        return spec.type() == dev.trustflow.sim.scenario.OptionType.NUMBER ? spec.min() + ", " + spec.max()
                : "5m, 15m, 2h";
    }

    /**
     * Runs the scenario once for every combination of the values the what-ifs offer (over the lesson's options)
     * and reports, once per cue, the first combination where it binds to no event or where a placeholder of its
     * text cannot be filled from its event; and each cue whose {@code only-if} no combination satisfies.
     */
    void narrationMatches(List<NarrationCue> cues, Scenario scenario, Map<String, Object> options,
                          Map<String, List<Object>> offered, int whatIfsLine) {
        long count = WhatIfCombinations.count(offered);
        if (count > WhatIfCombinations.MAX) {
            fields.atFileLine(whatIfsLine, "the what-ifs offer " + count + " combinations of values; at most "
                    + WhatIfCombinations.MAX + " can be checked, so offer fewer values");
            return;
        }
        Options lessonOptions = Options.defaults(scenario.options()).with(options);
        Set<NarrationCue> reported = new LinkedHashSet<>();
        Set<NarrationCue> applied = new LinkedHashSet<>();
        for (Map<String, Object> combination : WhatIfCombinations.all(offered)) {
            Options run = lessonOptions.with(combination);
            Trace trace;
            try {
                trace = runner.run(scenario, run, CHECK_SEED);
            } catch (RuntimeException e) {
                fields.atFileLine(cues.get(0).line(), "scenario '" + scenario.id() + "' could not be run with "
                        + WhatIfCombinations.describe(combination) + " to check the narration: " + e.getMessage());
                continue;
            }
            checkRun(cues, trace, combination, reported, applied);
        }
        for (NarrationCue cue : cues) {
            if (!applied.contains(cue)) {
                fields.atFileLine(cue.line(), "narration cue " + cue.when() + ": its only-if " + cue.onlyIf()
                        + " holds in no combination of the values the what-ifs offer, so it is never shown");
            }
        }
    }

    private void checkRun(List<NarrationCue> cues, Trace trace, Map<String, Object> combination,
                          Set<NarrationCue> reported, Set<NarrationCue> applied) {
        String in = " (in the run with " + WhatIfCombinations.describe(combination) + ")";
        int from = 0;
        int previousSeq = -1;
        for (NarrationCue cue : cues) {
            if (!cue.appliesTo(trace.options())) {
                continue;
            }
            applied.add(cue);
            Optional<TraceEvent> match = NarrationTrack.firstMatch(cue.when(), trace, from);
            if (match.isPresent()) {
                previousSeq = match.get().seq();
                from = previousSeq + 1;
                CueText.Filled filled = CueText.fill(cue.text(), match.get(), trace.options());
                if (!filled.ok() && reported.add(cue)) {
                    fields.atFileLine(cue.line(), "narration cue " + cue.when() + ": " + filled.problems().get(0)
                            + in);
                }
            } else if (reported.add(cue)) {
                fields.atFileLine(cue.line(), whyUnmatched(cue.when(), trace, previousSeq) + in);
            }
        }
    }

    private static String whyUnmatched(EventSelector when, Trace trace, int previousSeq) {
        String run = "a run of '" + trace.scenario() + "'";
        List<String> actors = trace.topology().actors().stream().map(Actor::id).toList();
        for (String id : new String[] {when.actor(), when.target()}) {
            if (id != null && !actors.contains(id)) {
                return "narration cue " + when + ": '" + id + "' is not an actor of '" + trace.scenario() + "'"
                        + Suggestions.didYouMean(id, actors) + " (actors: " + String.join(", ", actors) + ")";
            }
        }
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> checks = new LinkedHashSet<>();
        for (TraceEvent e : trace.events()) {
            kinds.add(e.kind());
            e.check().ifPresent(checks::add);
        }
        if (when.kind() != null && !kinds.contains(when.kind())) {
            return "narration cue " + when + ": no '" + when.kind() + "' event in " + run
                    + Suggestions.didYouMean(when.kind(), kinds) + " (kinds: " + String.join(", ", kinds) + ")";
        }
        if (when.check() != null && !checks.contains(when.check())) {
            return "narration cue " + when + ": check '" + when.check() + "' never runs in " + run
                    + Suggestions.didYouMean(when.check(), checks)
                    + " (checks: " + (checks.isEmpty() ? "none" : String.join(", ", checks)) + ")";
        }
        if (NarrationTrack.firstMatch(when, trace, 0).isPresent()) {
            return "narration cue " + when + " matches only events before the previous cue's event (#"
                    + previousSeq + "); cues must follow the order of the run";
        }
        return "narration cue " + when + " matches no event of " + run;
    }

    private static Optional<OptionSpec> spec(Scenario scenario, String key) {
        return scenario.options().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static String unknownOption(Scenario scenario, String key) {
        List<String> keys = scenario.options().stream().map(OptionSpec::key).toList();
        return "scenario '" + scenario.id() + "' has no option '" + key + "'" + Suggestions.didYouMean(key, keys)
                + (keys.isEmpty() ? " (it has no options)" : " (options: " + String.join(", ", keys) + ")");
    }
}
