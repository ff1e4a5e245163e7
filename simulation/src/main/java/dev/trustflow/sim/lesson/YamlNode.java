package dev.trustflow.sim.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it came from (and, for a mapping, the line of each key), so every
 * problem in a lesson file can name its line. Built by {@link YamlReader}; lines are relative to the YAML text.
 */
final class YamlNode {

    enum Kind { MAPPING, SEQUENCE, SCALAR, NULL }

    private final Kind kind;
    private final int line;
    private final Object scalar;
    private final Map<String, YamlNode> entries;
    private final Map<String, Integer> keyLines;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, int line, Object scalar, Map<String, YamlNode> entries,
                     Map<String, Integer> keyLines, List<YamlNode> items) {
        this.kind = kind;
        this.line = line;
        this.scalar = scalar;
        this.entries = entries;
        this.keyLines = keyLines;
        this.items = items;
    }

    static YamlNode scalar(Object value, int line) {
        return value == null ? new YamlNode(Kind.NULL, line, null, Map.of(), Map.of(), List.of())
                : new YamlNode(Kind.SCALAR, line, value, Map.of(), Map.of(), List.of());
    }

    static YamlNode mapping(LinkedHashMap<String, YamlNode> entries, LinkedHashMap<String, Integer> keyLines, int line) {
        return new YamlNode(Kind.MAPPING, line, null, Collections.unmodifiableMap(entries),
                Collections.unmodifiableMap(keyLines), List.of());
    }

    static YamlNode sequence(List<YamlNode> items, int line) {
        return new YamlNode(Kind.SEQUENCE, line, null, Map.of(), Map.of(), List.copyOf(items));
    }

    Kind kind() {
        return kind;
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** The line of this value (for a block mapping or list: the line of its first entry). */
    int line() {
        return line;
    }

    /** The scalar value: String, Long, java.math.BigInteger, Double or Boolean; null for other kinds. */
    Object scalar() {
        return scalar;
    }

    /** For a mapping: its entries in file order. */
    Map<String, YamlNode> entries() {
        return entries;
    }

    YamlNode get(String key) {
        return entries.get(key);
    }

    /** The line of {@code key} in this mapping, or this node's line if the key is absent. */
    int keyLine(String key) {
        return keyLines.getOrDefault(key, line);
    }

    /** For a sequence: its items in order. */
    List<YamlNode> items() {
        return items;
    }

    /** What this value is, for a message: {@code a list}, {@code the text 'abc'}, {@code the number 3}. */
    String describe() {
        switch (kind) {
            case MAPPING:
                return "a mapping (key: value lines)";
            case SEQUENCE:
                return "a list";
            case NULL:
                return "nothing";
            default:
                if (scalar instanceof String s) {
                    return "the text '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
                }
                return scalar instanceof Boolean ? "the boolean " + scalar : "the number " + scalar;
        }
    }
}
