package dev.trustflow.sim.lesson;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads typed fields out of YAML mappings, recording a problem (with its file line) for every missing key,
 * unknown key and wrong type instead of stopping at the first. Every read returns null when the value is
 * unusable, so callers can keep checking the rest of the file.
 */
final class FieldReader {

    private final String file;
    private final FrontMatter frontMatter;
    private final List<LessonProblem> problems = new ArrayList<>();

    FieldReader(String file, FrontMatter frontMatter) {
        this.file = file;
        this.frontMatter = frontMatter;
    }

    List<LessonProblem> problems() {
        return problems;
    }

    /** Records a problem at a line of the YAML text. */
    void atYamlLine(int yamlLine, String message) {
        problems.add(new LessonProblem(file, frontMatter.fileLine(yamlLine), message));
    }

    void at(YamlNode node, String message) {
        atYamlLine(node.line(), message);
    }

    void atKey(YamlNode mapping, String key, String message) {
        atYamlLine(mapping.keyLine(key), message);
    }

    /** Records a problem at a line of the file itself (for things outside the YAML). */
    void atFileLine(int fileLine, String message) {
        problems.add(new LessonProblem(file, fileLine, message));
    }

    /** Reports every key of {@code mapping} not in {@code known}, suggesting the nearest known key. */
    void onlyKnownKeys(YamlNode mapping, Collection<String> known, String where) {
        for (String key : mapping.entries().keySet()) {
            if (!known.contains(key)) {
                String hint = Suggestions.nearest(key, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; known keys: " + String.join(", ", known));
                atKey(mapping, key, "unknown key '" + key + "'" + where + hint);
            }
        }
    }

    /** The mapping at {@code key}, or null (a problem is recorded when it is present but not a mapping). */
    YamlNode mapping(YamlNode parent, String key, String what) {
        YamlNode node = present(parent, key, what);
        if (node != null && !node.is(YamlNode.Kind.MAPPING)) {
            at(node, what + " must be a mapping of key: value lines, not " + node.describe());
            return null;
        }
        return node;
    }

    /** The list at {@code key}, or null. */
    YamlNode sequence(YamlNode parent, String key, String what) {
        YamlNode node = present(parent, key, what);
        if (node != null && !node.is(YamlNode.Kind.SEQUENCE)) {
            at(node, what + " must be a list (lines starting with '- '), not " + node.describe());
            return null;
        }
        return node;
    }

    /** Text at {@code key}: a non-blank scalar (numbers and booleans are taken as their text), or null. */
    String text(YamlNode parent, String key, String what) {
        YamlNode node = present(parent, key, what);
        return node == null ? null : text(node, what);
    }

    String text(YamlNode node, String what) {
        if (!node.is(YamlNode.Kind.SCALAR) || String.valueOf(node.scalar()).isBlank()) {
            at(node, what + " must be text, not " + node.describe());
            return null;
        }
        return String.valueOf(node.scalar()).strip();
    }

    /** A whole number in [min, max] at {@code key}, or null. */
    Integer whole(YamlNode parent, String key, String what, int min, int max) {
        YamlNode node = present(parent, key, what);
        if (node == null) {
            return null;
        }
        Object value = node.scalar();
        if (value instanceof Long n && n >= min && n <= max) {
            return n.intValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            at(node, what + " must be a whole number from " + min + " to " + max + ", not " + value);
        } else {
            at(node, what + " must be a whole number from " + min + " to " + max + ", not " + node.describe());
        }
        return null;
    }

    /** A boolean at {@code key}; {@code fallback} when the key is absent; null when the value is wrong. */
    Boolean bool(YamlNode parent, String key, String what, boolean fallback) {
        YamlNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (node.scalar() instanceof Boolean b) {
            return b;
        }
        at(node, what + " must be true or false, not " + node.describe());
        return null;
    }

    /** A non-empty list of texts at {@code key}, or null. */
    List<String> texts(YamlNode parent, String key, String what) {
        YamlNode list = sequence(parent, key, what);
        if (list == null) {
            return null;
        }
        if (list.items().isEmpty()) {
            at(list, what + " must list at least one item");
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : list.items()) {
            String t = text(item, "each item of " + what);
            ok &= t != null;
            out.add(t);
        }
        return ok ? out : null;
    }

    /** Whether the mapping has the key; records "missing" when it has not. */
    boolean has(YamlNode mapping, String key, String where) {
        if (mapping.entries().containsKey(key)) {
            return true;
        }
        at(mapping, "missing key '" + key + "'" + where);
        return false;
    }

    private YamlNode present(YamlNode parent, String key, String what) {
        Map<String, YamlNode> entries = parent.entries();
        if (!entries.containsKey(key)) {
            return null;
        }
        YamlNode node = entries.get(key);
        if (node.is(YamlNode.Kind.NULL)) {
            atKey(parent, key, what + " has no value");
            return null;
        }
        return node;
    }
}
