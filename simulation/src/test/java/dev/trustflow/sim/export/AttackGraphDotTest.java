package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.export.AttackGraphExport.Compromise;
import dev.trustflow.sim.export.AttackGraphExport.Edge;
import dev.trustflow.sim.export.AttackGraphExport.Held;
import dev.trustflow.sim.export.AttackGraphExport.Node;
import dev.trustflow.sim.export.AttackGraphExport.Zone;
import dev.trustflow.sim.trace.Trace;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOT is well formed: braces balance, every edge's ends are declared nodes, and GraphViz reads it when here. */
class AttackGraphDotTest {

    @TempDir
    Path dir;

    @Test
    void blastRadiusHasEveryNodeAndEdgeWithRefusedOnesDashedAndTheReachNumbered() {
        AttackGraphExport graph = AttackGraphExport.of(AttackGraphJsonTest.run("blast-radius",
                Map.of("segmentation", "segmented")));
        Parsed dot = Parsed.of(AttackGraphDot.render(graph));

        assertThat(dot.nodes).containsExactlyInAnyOrderElementsOf(graph.nodes().stream().map(Node::id).toList());
        assertThat(dot.edges).hasSize(graph.edges().size());
        assertThat(dot.nodes).containsAll(dot.endpoints());
        long refused = graph.edges().stream().filter(e -> !e.allowed()).count();
        assertThat(dot.lines.stream().filter(l -> l.contains("style=dashed") && l.contains("refused: net.")))
                .hasSize((int) refused).isNotEmpty();
        long compromised = graph.nodes().stream().filter(n -> n.compromised() != null).count();
        assertThat(dot.lines.stream().filter(l -> l.contains("xlabel=\"#"))).hasSize((int) compromised);
    }

    @Test
    void idsAndLabelsWithQuotesBackslashesAndLineBreaksStayInsideTheirStrings() {
        String text = AttackGraphDot.render(odd());
        Parsed dot = Parsed.of(text);

        assertThat(dot.nodes).containsExactlyInAnyOrder("a\"b", "c\\d");
        assertThat(dot.endpoints()).containsExactlyInAnyOrder("a\"b", "c\\d");
        assertThat(dot.edges).hasSize(2);
        assertThat(text).doesNotContain("label\n").contains("label=\"Zone \\\"1\\\" (segmented)\";");
    }

    @Test
    void graphVizReadsTheOddNames() throws Exception {
        runDotWhenInstalled(AttackGraphDot.render(odd()));
    }

    private static AttackGraphExport odd() {
        return new AttackGraphExport("odd \"one\"", "Title with \\ and\nbreak", 1, 0, "2026-01-01T09:00:00Z",
                List.of(new Zone("z{1}", "Zone \"1\"", true)),
                List.of(new Node("a\"b", "A \"quoted\"\nlabel \\n", "service", "z{1}", List.of(
                                new Held("k", "key \\ of {a}", "key", List.of("c\\d"), null)), null),
                        new Node("c\\d", "C } {", "database", "z{1}", List.of(), new Compromise(1, 0, null))),
                List.of(new Edge("a\"b", "c\\d", true, "rule \"x\"", null, null),
                        new Edge("c\\d", "a\"b", false, null, "net.allow-list", "no")));
    }

    @Test
    void graphVizDrawsTheBlastRadiusGraph() throws Exception {
        Trace trace = AttackGraphJsonTest.run("blast-radius", Map.of("segmentation", "segmented"));
        runDotWhenInstalled(AttackGraphDot.render(AttackGraphExport.of(trace)));
    }

    private void runDotWhenInstalled(String text) throws Exception {
        Optional<Path> dot = onPath("dot");
        Assumptions.assumeTrue(dot.isPresent(), "GraphViz 'dot' is not installed here: the DOT is checked"
                + " structurally only");
        Path in = Files.writeString(dir.resolve("g.dot"), text, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(dot.get().toString(), "-Tsvg", in.toString()).redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("<svg").doesNotContain("Warning", "Error");
    }

    private static Optional<Path> onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A small reader of the DOT subset the writer uses: tokens are quoted strings (with DOT's {@code \"}), names,
     * {@code ->} and punctuation; statements end at {@code ;}. Fails on unbalanced braces or brackets, an
     * unterminated string, or a line break inside a string.
     */
    static final class Parsed {
        final Set<String> nodes = new LinkedHashSet<>();
        final List<String[]> edges = new ArrayList<>();
        final List<String> lines;

        private Parsed(String text) {
            lines = text.lines().toList();
        }

        static Parsed of(String text) {
            Parsed parsed = new Parsed(text);
            List<String> tokens = tokens(text);
            assertThat(tokens.get(0)).isEqualTo("digraph");
            int braces = 0;
            int brackets = 0;
            List<String> statement = new ArrayList<>();
            for (String t : tokens) {
                switch (t) {
                    case "{" -> braces++;
                    case "}" -> braces--;
                    case "[" -> brackets++;
                    case "]" -> brackets--;
                    default -> { }
                }
                assertThat(braces).as("braces never close more than they open").isNotNegative();
                assertThat(brackets).isBetween(0, 1);
                if (t.equals(";") || t.equals("{") || t.equals("}")) {
                    parsed.statement(statement);
                    statement.clear();
                } else if (brackets == 0 && !t.equals("]")) {
                    statement.add(t);
                }
            }
            assertThat(braces).as("braces balance").isZero();
            assertThat(statement).as("nothing after the last brace").isEmpty();
            return parsed;
        }

        private void statement(List<String> s) {
            if (s.size() == 3 && s.get(1).equals("->")) {
                edges.add(new String[] {unquote(s.get(0)), unquote(s.get(2))});
            } else if (s.size() == 1 && s.get(0).startsWith("\"")) {
                nodes.add(unquote(s.get(0)));
            }
        }

        Set<String> endpoints() {
            Set<String> out = new LinkedHashSet<>();
            edges.forEach(e -> {
                out.add(e[0]);
                out.add(e[1]);
            });
            return out;
        }

        private static String unquote(String quoted) {
            assertThat(quoted).startsWith("\"").endsWith("\"");
            return quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }

        private static List<String> tokens(String text) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '/' && text.startsWith("//", i)) {
                    i = text.indexOf('\n', i);
                    i = i < 0 ? text.length() : i;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '"') {
                    int j = i + 1;
                    while (j < text.length() && text.charAt(j) != '"') {
                        assertThat(text.charAt(j)).as("a raw line break inside a string").isNotEqualTo('\n');
                        j += text.charAt(j) == '\\' ? 2 : 1;
                    }
                    assertThat(j).as("a string that never ends").isLessThan(text.length());
                    out.add(text.substring(i, j + 1));
                    i = j + 1;
                } else if (text.startsWith("->", i)) {
                    out.add("->");
                    i += 2;
                } else if ("{}[];,=".indexOf(c) >= 0) {
                    out.add(String.valueOf(c));
                    i++;
                } else {
                    int j = i;
                    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j))
                            || "_.#-".indexOf(text.charAt(j)) >= 0)) {
                        j++;
                    }
                    assertThat(j).as("an unexpected character at " + i + ": " + c).isGreaterThan(i);
                    out.add(text.substring(i, j));
                    i = j;
                }
            }
            return out;
        }
    }
}
