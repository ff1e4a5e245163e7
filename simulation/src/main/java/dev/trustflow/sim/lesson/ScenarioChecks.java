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
            String key = e.getKey();
            YamlNode value = e.getValue();
            if (!value.is(YamlNode.Kind.SCALAR)) {
                fields.at(value, "option '" + key + "' must be a single value, not " + value.describe());
                ok = false;
                continue;
            }
            if (scenario == null) {
                continue;
            }
            Optional<OptionSpec> spec = spec(scenario, key);
            if (spec.isEmpty()) {
                fields.atKey(node, key, unknownOption(scenario, key));
                ok = false;
                continue;
            }
            try {
                typed.put(key, spec.get().coerce(value.scalar()));
            } catch (OptionException ex) {
                fields.at(value, ex.getMessage());
                ok = false;
            }
        }
        return ok ? typed : null;
    }

    /** The what-if keys; null when any is not an option of the scenario. */
    List<String> whatIfs(YamlNode root, Scenario scenario) {
        YamlNode list = fields.sequence(root, "what-ifs", "'what-ifs'");
        if (list == null) {
            return root.entries().containsKey("what-ifs") ? null : List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        boolean ok = true;
        for (YamlNode item : list.items()) {
            String key = fields.text(item, "each item of 'what-ifs'");
            if (key == null) {
                ok = false;
            } else if (!keys.add(key)) {
                fields.at(item, "what-if '" + key + "' is listed twice");
                ok = false;
            } else if (scenario != null && spec(scenario, key).isEmpty()) {
                fields.at(item, "what-if '" + key + "' is not an option: " + unknownOption(scenario, key));
                ok = false;
            }
        }
        return ok ? new ArrayList<>(keys) : null;
    }

    /**
     * Runs the scenario with the lesson's options, and once more for each distinct {@code only-if} of the
     * cues, and reports each cue that binds to no event in the run it belongs to.
     */
    void narrationMatches(List<NarrationCue> cues, Scenario scenario, Map<String, Object> options) {
        Options lessonOptions = Options.defaults(scenario.options()).with(options);
        Map<Map<String, Object>, List<NarrationCue>> byRun = new LinkedHashMap<>();
        byRun.put(lessonOptions.asJson(), new ArrayList<>());
        Map<Map<String, Object>, Options> runOptions = new LinkedHashMap<>();
        runOptions.put(lessonOptions.asJson(), lessonOptions);
        for (NarrationCue cue : cues) {
            Options run = lessonOptions.with(cue.onlyIf());
            runOptions.putIfAbsent(run.asJson(), run);
            byRun.computeIfAbsent(run.asJson(), k -> new ArrayList<>()).add(cue);
        }
        for (Map.Entry<Map<String, Object>, List<NarrationCue>> run : byRun.entrySet()) {
            if (!run.getValue().isEmpty()) {
                checkRun(cues, run.getValue(), scenario, runOptions.get(run.getKey()));
            }
        }
    }

    private void checkRun(List<NarrationCue> cues, List<NarrationCue> owned, Scenario scenario, Options options) {
        Trace trace;
        try {
            trace = runner.run(scenario, options, CHECK_SEED);
        } catch (RuntimeException e) {
            fields.atFileLine(owned.get(0).line(), "scenario '" + scenario.id() + "' could not be run with options "
                    + options.asJson() + " to check the narration: " + e.getMessage());
            return;
        }
        int from = 0;
        int previousSeq = -1;
        for (NarrationCue cue : cues) {
            if (!cue.appliesTo(trace.options())) {
                continue;
            }
            Optional<TraceEvent> match = NarrationTrack.firstMatch(cue.when(), trace, from);
            if (match.isPresent()) {
                previousSeq = match.get().seq();
                from = previousSeq + 1;
            } else if (owned.contains(cue)) {
                fields.atFileLine(cue.line(), whyUnmatched(cue.when(), trace, previousSeq, options));
            }
        }
    }

    private static String whyUnmatched(EventSelector when, Trace trace, int previousSeq, Options options) {
        String run = "a run of '" + trace.scenario() + "' with options " + options.asJson();
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
