package dev.trustflow.sim.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small table a run made (a decision table, who could read a message where, which goal held): a header and rows
 * of the same width. Its text in the trace is tab-separated values, one row per line, the header first, so a
 * {@link Artifact#TABLE} artifact stays a plain string that copies into a spreadsheet; tabs and line breaks
 * inside a cell become spaces.
 *
 * @param header the column names
 * @param rows   the cells, each row as wide as the header
 */
public record ArtifactTable(List<String> header, List<List<String>> rows) {

    public ArtifactTable {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        header = List.copyOf(header.stream().map(ArtifactTable::cell).toList());
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + (copied.size() + 1) + " has " + row.size()
                        + " cells, the header " + header.size());
            }
            copied.add(List.copyOf(row.stream().map(ArtifactTable::cell).toList()));
        }
        rows = List.copyOf(copied);
    }

    /** A table of {@code header}, rows added with {@link Builder#row}. */
    public static Builder of(String... header) {
        return new Builder(List.of(header));
    }

    /** The tab-separated text of the table, the header on the first line. */
    public String text() {
        StringBuilder text = new StringBuilder(String.join("\t", header));
        rows.forEach(row -> text.append('\n').append(String.join("\t", row)));
        return text.toString();
    }

    /** The table in {@code text} (as {@link #text()} writes it); empty when a row's width differs from the header's. */
    public static Optional<ArtifactTable> parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> header = split(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = split(line);
            if (row.size() != header.size()) {
                return Optional.empty();
            }
            rows.add(row);
        }
        return Optional.of(new ArtifactTable(header, rows));
    }

    private static List<String> split(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    private static String cell(String value) {
        return String.valueOf(value).replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** Collects rows, then {@link #build()}. */
    public static final class Builder {

        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<String> header) {
            this.header = header;
        }

        /** Adds one row; its cells are turned to text with {@link String#valueOf(Object)}. */
        public Builder row(Object... cells) {
            rows.add(Arrays.stream(cells).map(String::valueOf).toList());
            return this;
        }

        public ArtifactTable build() {
            return new ArtifactTable(header, rows);
        }
    }
}
