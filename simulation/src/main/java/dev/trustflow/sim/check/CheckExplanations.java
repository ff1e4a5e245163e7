package dev.trustflow.sim.check;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explanation of every check id, read from {@code explanations.yaml} beside this class: for each id a
 * title, what it defends against, how attackers try to get past it, and the spec behind it. The bundled
 * file is read once; an entry with a missing or empty field is refused when the file is read, naming the id
 * and the field.
 */
public final class CheckExplanations {

    /** The bundled resource, relative to this class. */
    public static final String RESOURCE = "explanations.yaml";
    private static final List<String> FIELDS = List.of("title", "defends", "bypasses", "spec");

    private static final class Bundled {
        static final CheckExplanations INSTANCE = loadBundled();
    }

    private final Map<String, CheckExplanation> byId;

    private CheckExplanations(Map<String, CheckExplanation> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** The explanations shipped with TrustFlow. */
    public static CheckExplanations bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads explanations from YAML: a mapping from check id to {@code title}, {@code defends},
     * {@code bypasses}, {@code spec}.
     *
     * @param source names the input in messages
     * @throws IllegalArgumentException naming the source, the id and what is wrong
     */
    public static CheckExplanations parse(String yaml, String source) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid YAML (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a mapping from check id to explanation");
        }
        Map<String, CheckExplanation> byId = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = root.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            byId.put(entry.getKey(), entry(source, entry.getKey(), entry.getValue()));
        }
        return new CheckExplanations(byId);
    }

    private static CheckExplanation entry(String source, String id, JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(source + ": " + id + ": expected title, defends, bypasses, spec");
        }
        List<String> values = new ArrayList<>();
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalArgumentException(source + ": " + id + ": field '" + field + "' is missing or empty");
            }
            values.add(value.asText().strip());
        }
        return new CheckExplanation(id, values.get(0), values.get(1), values.get(2), values.get(3));
    }

    private static CheckExplanations loadBundled() {
        try (InputStream in = CheckExplanations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    /** The explanation of {@code id}, if there is one. */
    public Optional<CheckExplanation> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Every explained id, in file order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<CheckExplanation> all() {
        return List.copyOf(byId.values());
    }
}
