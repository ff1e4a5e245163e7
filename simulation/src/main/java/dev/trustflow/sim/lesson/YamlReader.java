package dev.trustflow.sim.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML front matter with jackson-dataformat-yaml into a {@link YamlNode} tree that keeps line numbers,
 * within limits meant for untrusted files: bounded size, nesting depth and string length, no aliases, no
 * duplicate keys. Problems go to a callback with the YAML line; a syntax error stops the read.
 */
final class YamlReader {

    static final int MAX_NESTING = 16;
    private static final int MAX_CODE_POINTS = 256 * 1024;
    private static final int MAX_STRING = 64 * 1024;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(true); // reported by YamlReader itself, with both lines
        loader.setAllowRecursiveKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxDocumentLength(MAX_CODE_POINTS)
                        .build())
                .build();
    }

    /**
     * The tree, or null when the YAML cannot be read at all (the reason has gone to {@code problems}).
     *
     * @param problems   receives (YAML line, message) for every problem found
     * @param fileLineOf turns a YAML line into the file line, for messages that name another line
     */
    YamlNode read(String yaml, BiConsumer<Integer, String> problems, IntUnaryOperator fileLineOf) {
        try (JsonParser parser = factory.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return YamlNode.scalar(null, 1);
            }
            return readValue(parser, problems, fileLineOf);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                problems.accept(marked.getProblemMark().getLine() + 1, "YAML error: " + describe(marked, fileLineOf));
                return null;
            }
            JsonLocation where = e.getLocation();
            int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            problems.accept(line, "YAML error: " + firstLine(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.accept(1, "the front matter could not be read: " + firstLine(e.getMessage()));
            return null;
        }
    }

    private static YamlNode readValue(JsonParser parser, BiConsumer<Integer, String> problems,
                                      IntUnaryOperator fileLineOf) throws IOException {
        int line = lineOf(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                LinkedHashMap<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = lineOf(parser);
                    parser.nextToken();
                    YamlNode value = readValue(parser, problems, fileLineOf);
                    if (entries.containsKey(key)) {
                        problems.accept(keyLine, "key '" + key + "' appears twice (first at line "
                                + fileLineOf.applyAsInt(keyLines.get(key)) + ")");
                    } else {
                        entries.put(key, value);
                        keyLines.put(key, keyLine);
                    }
                }
                return YamlNode.mapping(entries, keyLines, line);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, problems, fileLineOf));
                }
                return YamlNode.sequence(items, line);
            }
            case VALUE_STRING:
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    problems.accept(line, "YAML aliases (*" + parser.getText() + ") are not allowed in lesson files");
                    return YamlNode.scalar(null, line);
                }
                return YamlNode.scalar(parser.getText(), line);
            case VALUE_NUMBER_INT:
                return YamlNode.scalar(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : (Object) parser.getLongValue(), line);
            case VALUE_NUMBER_FLOAT:
                return YamlNode.scalar(parser.getDoubleValue(), line);
            case VALUE_TRUE:
                return YamlNode.scalar(Boolean.TRUE, line);
            case VALUE_FALSE:
                return YamlNode.scalar(Boolean.FALSE, line);
            case VALUE_NULL:
                return YamlNode.scalar(null, line);
            default:
                problems.accept(line, "unsupported YAML value (" + token + "); use text, numbers, lists and mappings");
                return YamlNode.scalar(null, line);
        }
    }

    /** "expected ',' or ']', but got <document end> (while parsing a flow sequence that starts at line 3)". */
    private static String describe(MarkedYAMLException e, IntUnaryOperator fileLineOf) {
        String problem = firstLine(e.getProblem());
        String context = e.getContext();
        if (context == null || context.isBlank()) {
            return problem;
        }
        Mark start = e.getContextMark();
        return problem + " (" + context.strip() + (start == null ? ""
                : " that starts at line " + fileLineOf.applyAsInt(start.getLine() + 1)) + ")";
    }

    private static int lineOf(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable YAML";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
