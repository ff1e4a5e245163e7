package dev.trustflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The TLS budget of {@link TlsScenarioBudgetBenchmark} measured so that a shared, noisy machine cannot tilt it: the
 * three operations ({@code scenarioRun}, {@code mintAndShake}, {@code handshakes}) run in turn, one of each per
 * round, and each operation's cost is the CPU time of this thread (time stolen by other processes and virtual
 * machines is not counted), reported as medians and as ratios of medians of the same rounds. JMH's separate
 * iterations, minutes apart, see different machine states on a 2-core box shared with other work; this does not
 * replace JMH, it checks its ratios.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.trustflow.bench.TlsBudgetInterleaved [warm-up rounds] [rounds]</pre>
 */
public final class TlsBudgetInterleaved {

    private static final List<String> SCENARIOS = List.of("tls-and-certificates", "mtls-workload-identity");

    private TlsBudgetInterleaved() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? positive(args[0], "warm-up rounds") : 200;
        int rounds = args.length > 1 ? positive(args[1], "rounds") : 300;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("JDK %s, %d warm-up rounds, %d measured; CPU time of the measuring thread, µs%n",
                Runtime.version(), warmUp, rounds);
        for (String scenario : SCENARIOS) {
            TlsScenarioBudgetBenchmark benchmark = new TlsScenarioBudgetBenchmark();
            benchmark.scenario = scenario;
            benchmark.setUp();
            Map<String, Supplier<Object>> byName = new LinkedHashMap<>();
            byName.put("scenarioRun", benchmark::scenarioRun);
            byName.put("mintAndShake", benchmark::mintAndShake);
            byName.put("handshakes", benchmark::handshakes);
            List<String> names = List.copyOf(byName.keySet());
            List<Supplier<Object>> operations = List.copyOf(byName.values());
            long[][] cpu = new long[operations.size()][rounds];
            for (int round = 0; round < warmUp + rounds; round++) {
                for (int op = 0; op < operations.size(); op++) {
                    long start = threads.getCurrentThreadCpuTime();
                    Object kept = operations.get(op).get();
                    long spent = threads.getCurrentThreadCpuTime() - start;
                    if (kept == null) {
                        throw new IllegalStateException(names.get(op) + " returned nothing");
                    }
                    if (round >= warmUp) {
                        cpu[op][round - warmUp] = spent;
                    }
                }
            }
            double[] median = new double[operations.size()];
            StringBuilder line = new StringBuilder(scenario + ":");
            for (int op = 0; op < operations.size(); op++) {
                Arrays.sort(cpu[op]);
                median[op] = cpu[op][rounds / 2] / 1000.0;
                line.append(String.format(" %s p50 %.0f (p25 %.0f, p75 %.0f);", names.get(op), median[op],
                        cpu[op][rounds / 4] / 1000.0, cpu[op][rounds * 3 / 4] / 1000.0));
            }
            System.out.println(line);
            System.out.printf("  run / handshakes %.2fx, run / mintAndShake %.2fx, mintAndShake / handshakes %.2fx%n",
                    median[0] / median[2], median[0] / median[1], median[1] / median[2]);
        }
    }

    private static int positive(String text, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be a positive whole number, not '" + text + "'");
    }
}
