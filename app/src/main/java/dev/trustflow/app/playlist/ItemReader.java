package dev.trustflow.app.playlist;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks one item of a playlist file; {@code where} ({@code class.tfplaylist.json: item 3}) starts each message. */
final class ItemReader {

    private final String where;
    private final Path folder;

    ItemReader(String where, Path folder) {
        this.where = where;
        this.folder = folder;
    }

    PlaylistItem read(JsonNode node) throws PlaylistFormatException {
        if (node == null || !node.isObject()) {
            throw bad("must be an object");
        }
        String type = text(node, "type");
        switch (type) {
            case "entry":
                return entry(node);
            case "trace":
                return trace(node);
            default:
                throw bad("\"type\" must be \"entry\" or \"trace\", not \"" + type + "\"");
        }
    }

    private PlaylistItem entry(JsonNode node) throws PlaylistFormatException {
        String entry = text(node, "entry");
        JsonNode seed = node.get("seed");
        if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
            throw bad("\"seed\" must be a whole number");
        }
        return PlaylistItem.entry(entry, optionalText(node, "title", entry), options(node.get("options")),
                seed.asLong());
    }

    private PlaylistItem trace(JsonNode node) throws PlaylistFormatException {
        String path = text(node, "path");
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            throw bad("\"path\" is not a file path: " + path);
        }
        if (!file.isAbsolute() && folder != null) {
            file = folder.resolve(file).normalize();
        }
        return PlaylistItem.trace(file, optionalText(node, "title", String.valueOf(file.getFileName())));
    }

    private Map<String, Object> options(JsonNode node) throws PlaylistFormatException {
        Map<String, Object> options = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return options;
        }
        if (!node.isObject()) {
            throw bad("\"options\" must be an object of what-if values");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isBoolean()) {
                options.put(field.getKey(), value.asBoolean());
            } else if (value.isIntegralNumber() && value.canConvertToLong()) {
                options.put(field.getKey(), value.asLong());
            } else if (value.isTextual()) {
                options.put(field.getKey(), value.asText());
            } else {
                throw bad("option \"" + field.getKey() + "\" must be true/false, a whole number or text");
            }
        }
        return options;
    }

    private String text(JsonNode node, String field) throws PlaylistFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw bad("\"" + field + "\" must be non-empty text");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : fallback;
    }

    private PlaylistFormatException bad(String what) {
        return new PlaylistFormatException(where + ": " + what);
    }
}
