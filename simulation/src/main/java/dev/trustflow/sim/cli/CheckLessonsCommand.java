package dev.trustflow.sim.cli;

import dev.trustflow.sim.lesson.Lesson;
import dev.trustflow.sim.lesson.LessonLibrary;
import dev.trustflow.sim.lesson.LessonParser;
import dev.trustflow.sim.lesson.LessonProblem;
import dev.trustflow.sim.lesson.LessonSet;
import dev.trustflow.sim.lesson.QuizAdvice;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import dev.trustflow.sim.scenarios.BundledScenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check-lessons <DIR>}: parses every lesson file in a folder the way the app does (including running
 * each lesson's scenario to match its narration) and prints {@code OK  file} or one
 * {@code file:line: what is wrong} line per problem. Exit 0 when all are good, 1 when any is broken, 2 when
 * the folder is missing. A folder with an {@code index.txt} holds lessons that ship: each must have an
 * {@code interview}; elsewhere (a user's lessons) a missing one is a warning and the file still loads.
 */
@Command(name = "check-lessons",
        mixinStandardHelpOptions = true,
        description = "Checks every lesson file (*.md except README.md) in DIR: front matter, scenario, options, "
                + "narration cues against a real run, quiz, interview. In a folder with an index.txt (lessons that "
                + "ship) every lesson needs an interview; elsewhere a missing one is a warning.",
        footer = {"", "Exit codes: 0 every lesson is good, 1 a lesson has problems, 2 a usage error."})
public final class CheckLessonsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of lesson files")
    Path folder;

    private final ScenarioCatalog catalog;

    public CheckLessonsCommand() {
        this(BundledScenarios.catalog());
    }

    public CheckLessonsCommand(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Files.exists(folder)
                    ? "'" + folder + "' is not a folder; give the folder that holds the lesson files"
                    : "no such folder: " + folder);
        }
        boolean shipped = Files.isRegularFile(folder.resolve(LessonLibrary.INDEX));
        LessonParser parser = shipped ? new LessonParser(catalog).requiringInterview() : new LessonParser(catalog);
        LessonSet set = new LessonLibrary(parser).loadFolder(folder);
        PrintWriter out = spec.commandLine().getOut();
        int broken = 0;
        for (String source : set.sources()) {
            List<LessonProblem> problems = set.problemsOf(source);
            if (problems.isEmpty()) {
                out.println("OK  " + source);
                set.lessons().stream().filter(l -> l.source().equals(source))
                        .flatMap(l -> advice(l).stream())
                        .forEach(advice -> out.println(source + ": warning: " + advice));
            } else {
                broken++;
                problems.forEach(out::println);
            }
        }
        for (LessonProblem problem : set.problems()) {
            if (!set.sources().contains(problem.file())) {
                out.println(problem);
            }
        }
        int files = set.sources().size();
        if (files == 0 && set.ok()) {
            out.println("no lesson files (*.md) in " + folder);
        } else if (set.ok()) {
            out.println(files + (files == 1 ? " lesson file is" : " lesson files are") + " good");
        } else {
            out.println(broken + " of " + files + " lesson files " + (broken == 1 ? "has" : "have") + " problems");
        }
        out.flush();
        return set.ok() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** The warnings for a lesson that loads: its quiz's, and a user lesson's missing interview. */
    private static List<String> advice(Lesson lesson) {
        List<String> advice = new ArrayList<>(QuizAdvice.of(lesson));
        if (lesson.interviewIfAny().isEmpty()) {
            advice.add("no 'interview': end the lesson with the interview question its topic raises and a model "
                    + "answer (see lessons/README.md)");
        }
        return advice;
    }
}
