package dev.trustflow.sim.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads lessons: the bundled ones (listed in {@value #BUNDLED_FOLDER}{@value #INDEX} so loading works from a
 * jar) and those in a user folder. One broken file never stops the others: its problems are collected and
 * the rest load. A lesson whose id is already taken is reported and skipped (the first one read wins).
 */
public final class LessonLibrary {

    public static final String BUNDLED_FOLDER = "/dev/trustflow/lessons/";
    public static final String INDEX = "index.txt";
    /** A folder with more lesson files than this is read only up to this many. */
    public static final int MAX_FILES = 500;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");
    private static final int MAX_INDEX_BYTES = 64 * 1024;

    private final LessonParser parser;

    public LessonLibrary() {
        this(new LessonParser());
    }

    public LessonLibrary(LessonParser parser) {
        this.parser = parser;
    }

    /** The lessons that ship inside the jar. */
    public LessonSet loadBundled() {
        Collector collector = new Collector();
        collectBundled(collector);
        return collector.toSet();
    }

    /** The lessons in {@code folder} ({@code *.md}, except README.md); sources are the file paths. */
    public LessonSet loadFolder(Path folder) {
        Collector collector = new Collector();
        collectFolder(folder, collector);
        return collector.toSet();
    }

    /** The bundled lessons, then the user's; a user lesson cannot replace a bundled one with the same id. */
    public LessonSet loadAll(Path userFolder) {
        Collector collector = new Collector();
        collectBundled(collector);
        if (userFolder != null && Files.isDirectory(userFolder)) {
            collectFolder(userFolder, collector);
        }
        return collector.toSet();
    }

    /** The lesson files of a folder, sorted by name, or the reason they cannot be listed. */
    public static List<Path> lessonFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".md") && !name.equalsIgnoreCase("README.md")
                        && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private void collectBundled(Collector collector) {
        String indexName = BUNDLED_FOLDER + INDEX;
        byte[] index = resource(indexName, MAX_INDEX_BYTES);
        if (index == null) {
            collector.problem(new LessonProblem(indexName, 0, "the bundled lesson index is missing or too large"));
            return;
        }
        String[] lines = new String(index, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!FILE_NAME.matcher(name).matches()) {
                collector.problem(new LessonProblem(indexName, i + 1, "'" + name + "' is not a lesson file name"));
                continue;
            }
            byte[] bytes = resource(BUNDLED_FOLDER + name, LessonParser.MAX_BYTES);
            if (bytes == null) {
                collector.problem(new LessonProblem(name, 0, "listed in " + INDEX
                        + " but not bundled, or larger than " + LessonParser.MAX_BYTES / 1024 + " KB"));
                continue;
            }
            collector.add(parser.parse(name, bytes));
        }
    }

    private void collectFolder(Path folder, Collector collector) {
        List<Path> files;
        try {
            files = lessonFiles(folder);
        } catch (IOException e) {
            collector.problem(new LessonProblem(folder.toString(), 0, "the lesson folder cannot be read: " + e.getMessage()));
            return;
        }
        if (files.size() > MAX_FILES) {
            collector.problem(new LessonProblem(folder.toString(), 0, "has " + files.size() + " lesson files; only the first "
                    + MAX_FILES + " are read"));
            files = files.subList(0, MAX_FILES);
        }
        for (Path file : files) {
            collector.add(parser.parse(file));
        }
    }

    /** The resource's bytes, or null when it is missing or larger than {@code limit}. */
    private static byte[] resource(String name, int limit) {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** Gathers results, refusing a second lesson with an id already taken. */
    private static final class Collector {
        private final Map<String, Lesson> byId = new LinkedHashMap<>();
        private final List<LessonProblem> problems = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();

        void add(LessonParseResult result) {
            sources.add(result.source());
            problems.addAll(result.problems());
            Lesson lesson = result.lesson();
            if (lesson == null) {
                return;
            }
            Lesson earlier = byId.get(lesson.id());
            if (earlier != null) {
                problems.add(new LessonProblem(result.source(), 0, "lesson id '" + lesson.id()
                        + "' is already used by " + earlier.source() + "; this file is skipped"));
            } else {
                byId.put(lesson.id(), lesson);
            }
        }

        void problem(LessonProblem problem) {
            problems.add(problem);
        }

        LessonSet toSet() {
            List<Lesson> lessons = new ArrayList<>(byId.values());
            lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
            return new LessonSet(lessons, problems, sources);
        }
    }
}
