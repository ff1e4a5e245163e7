package dev.trustflow.sim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.OptionType;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.TraceCodec;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The scenarios and their options, for a person or as JSON:
 * {@code {"scenarios":[{"id","title","description","options":[{"key","type","default","choices","min","max",
 * "label","description"}]}]}} ({@code min}/{@code max} only for numbers).
 */
final class ScenarioListing {

    private final List<Scenario> scenarios;

    ScenarioListing(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    String text() {
        if (scenarios.isEmpty()) {
            return "No scenarios are installed.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Scenario s : scenarios) {
            out.append(s.id()).append("  ").append(s.title()).append('\n');
            out.append("    ").append(s.description()).append('\n');
            if (s.options().isEmpty()) {
                out.append("    (no options)\n");
            }
            for (OptionSpec o : s.options()) {
                out.append(String.format("    --set %s=%s  (%s; %s)  %s%n", o.key(),
                        OptionSpec.toJson(o.defaultValue()), o.type().id(), o.allowed(), o.description()));
            }
            out.append('\n');
        }
        out.append("Run one: trustflow-cli run <scenario> [--seed N] [--set key=value]...\n");
        return out.toString();
    }

    String json() {
        ObjectMapper mapper = new TraceCodec().mapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("scenarios");
        for (Scenario s : scenarios) {
            ObjectNode node = list.addObject();
            node.put("id", s.id());
            node.put("title", s.title());
            node.put("description", s.description());
            ArrayNode options = node.putArray("options");
            for (OptionSpec o : s.options()) {
                ObjectNode option = options.addObject();
                option.put("key", o.key());
                option.put("type", o.type().id());
                option.set("default", mapper.valueToTree(OptionSpec.toJson(o.defaultValue())));
                ArrayNode choices = option.putArray("choices");
                o.choices().forEach(choices::add);
                if (o.type() == OptionType.NUMBER) {
                    option.put("min", o.min());
                    option.put("max", o.max());
                }
                option.put("label", o.label());
                option.put("description", o.description());
            }
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("the scenario list could not be written as JSON", e);
        }
    }
}
