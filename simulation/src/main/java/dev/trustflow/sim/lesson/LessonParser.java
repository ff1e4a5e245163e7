package dev.trustflow.sim.lesson;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses and validates lesson files (Markdown with YAML front matter, see lessons/README.md). Every problem
 * it can find is reported with the file line where it is, and nothing in a file makes it throw: a broken
 * file gives a result with problems and no lesson.
 */
public final class LessonParser {

    /** A lesson file larger than this is refused before it is read. */
    public static final int MAX_BYTES = 256 * 1024;
    public static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");
    static final List<String> KNOWN_KEYS = List.of("id", "title", "order", "topic", "level", "minutes",
            "objectives", "interview", "scenario", "options", "what-ifs", "narration", "quiz");
    static final List<String> REQUIRED_KEYS = List.of("id", "title", "order", "level", "minutes", "objectives",
            "scenario", "narration", "quiz");
    static final String DEFAULT_TOPIC = "Other";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ScenarioCatalog catalog;
    /**
     * Runs the scenarios to check the narration against: one runner for every lesson this parser checks, so its RSA
     * key cache is shared by their runs; null when this parser does not run them.
     */
    private final ScenarioRunner runner;
    private final YamlReader yamlReader = new YamlReader();
    /** Whether a lesson without an {@code interview} is refused (lessons that ship) or loads (user lessons). */
    private final boolean interviewRequired;

    public LessonParser() {
        this(BundledScenarios.catalog());
    }

    public LessonParser(ScenarioCatalog catalog) {
        this(catalog, new ScenarioRunner());
    }

    /**
     * Checks each lesson's narration against runs made with {@code runner} (the app hands its one runner here,
     * so the lesson checks share its RSA keys).
     */
    public LessonParser(ScenarioCatalog catalog, ScenarioRunner runner) {
        this(catalog, Objects.requireNonNull(runner, "runner"), false);
    }

    private LessonParser(ScenarioCatalog catalog, ScenarioRunner runner, boolean interviewRequired) {
        this.catalog = catalog;
        this.runner = runner;
        this.interviewRequired = interviewRequired;
    }

    /**
     * @param runScenarios whether to run each lesson's scenario to check that every narration cue matches a
     *                     real event (seconds for the whole curriculum on a cold JVM). The app skips it for the
     *                     bundled lessons, which the build already checks this way; user lessons always get it.
     */
    public LessonParser(ScenarioCatalog catalog, boolean runScenarios) {
        this(catalog, runScenarios ? new ScenarioRunner() : null, false);
    }

    /** A parser that checks everything except the narration-against-a-run check (for pre-checked files). */
    public static LessonParser withoutRuns() {
        return new LessonParser(BundledScenarios.catalog(), false);
    }

    /**
     * This parser, but a lesson without an {@code interview} is a problem rather than allowed: for the lessons
     * that ship, which must all end with one ({@code check-lessons} on a folder with an {@code index.txt}).
     */
    public LessonParser requiringInterview() {
        return new LessonParser(catalog, runner, true);
    }

    /** Reads and parses a file; {@code source} in problems is the path as given. */
    public LessonParseResult parse(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return broken(source, tooLarge(size));
            }
            return parse(source, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return broken(source, "no such file");
        } catch (IOException e) {
            return broken(source, "the file could not be read: " + e.getMessage());
        }
    }

    /** Parses the bytes of a lesson file, which must be UTF-8. */
    public LessonParseResult parse(String source, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return broken(source, tooLarge(bytes.length));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return parse(source, text);
        } catch (CharacterCodingException e) {
            return broken(source, "the file is not UTF-8 text");
        }
    }

    /** Parses the text of a lesson file. */
    public LessonParseResult parse(String source, String text) {
        if (text.length() > MAX_BYTES) {
            return broken(source, tooLarge(text.length()));
        }
        try {
            return parseChecked(source, text);
        } catch (RuntimeException e) {
            return broken(source, "the lesson could not be checked: " + e);
        }
    }

    private LessonParseResult parseChecked(String source, String text) {
        FrontMatter frontMatter = FrontMatter.split(text);
        if (!frontMatter.ok()) {
            return new LessonParseResult(source, null, List.of(new LessonProblem(source, 1, frontMatter.problem())));
        }
        FieldReader fields = new FieldReader(source, frontMatter);
        YamlNode root = yamlReader.read(frontMatter.yaml(), fields::atYamlLine, frontMatter::fileLine);
        if (root != null && !root.is(YamlNode.Kind.MAPPING)) {
            fields.atFileLine(frontMatter.yamlFirstLine(), "the front matter must be YAML 'key: value' lines "
                    + "(id, title, ...), not " + root.describe());
            root = null;
        }
        Lesson lesson = root == null ? null : read(source, root, frontMatter, fields);
        List<LessonProblem> problems = new ArrayList<>(fields.problems());
        problems.sort(Comparator.comparingInt(LessonProblem::line));
        return new LessonParseResult(source, problems.isEmpty() ? lesson : null, problems);
    }

    private Lesson read(String source, YamlNode root, FrontMatter frontMatter, FieldReader fields) {
        fields.onlyKnownKeys(root, KNOWN_KEYS, "");
        for (String key : REQUIRED_KEYS) {
            if (!root.entries().containsKey(key)) {
                fields.atFileLine(frontMatter.closingLine(), "missing key '" + key + "' in the front matter");
            }
        }
        String id = fields.text(root, "id", "'id'");
        if (id != null && !ID.matcher(id).matches()) {
            fields.atKey(root, "id", "'id' must be lower-case words joined by '-' (like jwt-anatomy), not '" + id + "'");
        }
        String title = fields.text(root, "title", "'title'");
        Integer order = fields.whole(root, "order", "'order'", 1, 999);
        String topic = root.entries().containsKey("topic") ? fields.text(root, "topic", "'topic'") : DEFAULT_TOPIC;
        String level = fields.text(root, "level", "'level'");
        if (level != null && !LEVELS.contains(level)) {
            fields.atKey(root, "level", "'level' must be one of " + String.join(", ", LEVELS) + ", not '" + level + "'"
                    + Suggestions.didYouMean(level, LEVELS));
        }
        Integer minutes = fields.whole(root, "minutes", "'minutes'", 1, 240);
        List<String> objectives = fields.texts(root, "objectives", "'objectives'");
        Interview interview = new InterviewReader(fields).read(root);
        if (interviewRequired && !root.entries().containsKey("interview")) {
            fields.atFileLine(frontMatter.closingLine(), "missing key 'interview' in the front matter: a lesson that "
                    + "ships ends with the interview question its topic raises and a model answer");
        }

        ScenarioChecks checks = new ScenarioChecks(fields, catalog, runner);
        Scenario scenario = checks.scenario(root);
        Map<String, Object> options = checks.options(root, scenario);
        Map<String, List<Object>> whatIfs = checks.whatIfs(root, scenario, options);
        List<NarrationCue> narration = new NarrationReader(fields, checks, scenario).read(root, frontMatter);
        List<QuizQuestion> quiz = new QuizReader(fields).read(root);
        String body = frontMatter.body().strip();
        if (body.isEmpty()) {
            fields.atFileLine(frontMatter.closingLine(), "the lesson has no introduction: write the Markdown the "
                    + "student reads first after this closing '---'");
        }
        if (runner != null && scenario != null && options != null && narration != null && whatIfs != null) {
            checks.narrationMatches(narration, scenario, options, whatIfs, frontMatter.fileLine(root.keyLine("what-ifs")));
        }
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new Lesson(id, title, order, topic, level, minutes, objectives, scenario.id(),
                withDefaults(scenario, options), whatIfs, narration, quiz, body, source, interview);
    }

    private static Map<String, Object> withDefaults(Scenario scenario, Map<String, Object> explicit) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (OptionSpec spec : scenario.options()) {
            all.put(spec.key(), explicit.getOrDefault(spec.key(), spec.defaultValue()));
        }
        return all;
    }

    private static String tooLarge(long size) {
        return "the file is " + (size + 1023) / 1024 + " KB; a lesson file may be at most " + MAX_BYTES / 1024 + " KB";
    }

    private static LessonParseResult broken(String source, String message) {
        return new LessonParseResult(source, null, List.of(new LessonProblem(source, 0, message)));
    }
}
