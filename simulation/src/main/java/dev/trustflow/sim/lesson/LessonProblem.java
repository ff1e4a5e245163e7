package dev.trustflow.sim.lesson;

/** Something wrong in a lesson file: printed as {@code file:line: message} (line 0 when there is none). */
public record LessonProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
