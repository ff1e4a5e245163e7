package dev.trustflow.bench;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.PeerName;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.tls.ClientAuth;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.InMemoryTlsConnection;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.trace.Trace;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The issue's TLS budget: a TLS scenario run (default options) against the bare handshakes that run performs,
 * measured in the same JMH run, so that {@code scenarioRun / handshakes} is a ratio of one machine's state (budget
 * ≤ 1.2). {@code tls-and-certificates} (valid certificate, no attacker) shakes hands once, server authentication
 * only, over a root, an intermediate and a leaf for bank.example; {@code mtls-workload-identity} (defaults) makes
 * two mutual handshakes between SPIFFE workloads of one mesh CA, the second three hours later over rotated
 * certificates. The bare operation does exactly those handshakes
 * with certificates of the same shape minted in the setup: what the run costs beyond it is minting its
 * certificates, turning the recordings into events and the rest of the run. {@code -p scenario=ID} picks one.
 *
 * <p>A run's certificates are new to the JDK, so its PKIX validator really verifies their signatures. The JDK's
 * {@code CertificateFactory} keeps the last 750 certificates it parsed by their encoding and each certificate
 * object remembers a verification it passed, so handshakes over one chain over and over (as
 * {@link TlsHandshakeBenchmark} does) skip PKIX's signature checks after the first. {@link #handshakes()}
 * therefore cycles through {@value #CHAINS} certificate sets (more certificates than that cache holds), each set
 * once per operation like a run's; {@link #handshakesSameChain()} repeats the first set, to show the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TlsScenarioBudgetBenchmark {

    private static final String HOST = "bank.example";
    private static final SpiffeId ORDERS = SpiffeId.of("shop", "orders");
    private static final SpiffeId PAYMENTS = SpiffeId.of("shop", "payments");

    @Param({"tls-and-certificates", "mtls-workload-identity"})
    public String scenario;

    private final ScenarioRunner runner = new ScenarioRunner();
    private final SecureRandom random = new SecureRandom();
    private Scenario chosen;
    private Options options;
    private long seed;
    private Instant now;
    /** Certificate sets the bare handshakes cycle through; two or three certificates parsed from each. */
    static final int CHAINS = 500;

    private List<List<Handshake>> sets;
    private int next;
    /** Rotations of both workloads' certificates in a default lesson-14 run (every 30 minutes for 3 hours). */
    static final int ROTATIONS = 6;
    private final CertificateMinter runMinter = new CertificateMinter(random, new Random(11));
    private CaHierarchy lastMesh;
    /** Keeps the rotated certificates reachable, so the JIT cannot drop their minting. */
    public List<IssuedCertificate> rotated;

    /** One bare handshake: what each side holds. */
    private record Handshake(TlsClientSetup client, TlsServerSetup server) {
    }

    @Setup
    public void setUp() {
        chosen = BundledScenarios.catalog().find(scenario).orElseThrow(() -> new IllegalArgumentException(
                "-p scenario= takes tls-and-certificates or mtls-workload-identity, not '" + scenario + "'"));
        options = Options.defaults(chosen.options());
        now = Instant.now();
        CertificateMinter minter = new CertificateMinter(random, new Random(7));
        sets = new ArrayList<>();
        for (int i = 0; i < CHAINS; i++) {
            sets.add(handshakesOf(minter));
        }
        if (handshakes() != sets.get(0).size() || handshakesSameChain() != sets.get(0).size()) {
            throw new IllegalStateException("a bare handshake did not complete; the benchmark would measure a failure");
        }
    }

    /** The handshakes one run of the scenario makes, over newly minted certificates of the run's shape. */
    private List<Handshake> handshakesOf(CertificateMinter minter) {
        return switch (scenario) {
            case "tls-and-certificates" -> {
                CaHierarchy web = CaHierarchy.create("Web", minter, now.minus(Duration.ofDays(365)),
                        Duration.ofDays(3650));
                IssuedCertificate bank = web.issue(LeafProfile.server(now, Duration.ofDays(90), HOST));
                yield List.of(new Handshake(TlsClientSetup.browser(HOST, List.of(web.root())),
                        TlsServerSetup.serverAuthOnly(bank)));
            }
            case "mtls-workload-identity" -> {
                CaHierarchy mesh = CaHierarchy.create("Mesh", minter, now.minus(Duration.ofDays(1)),
                        Duration.ofDays(3650));
                lastMesh = mesh;
                List<IssuedCertificate> first = rotation();
                List<IssuedCertificate> last = rotation();
                yield List.of(mutual(mesh, first), mutual(mesh, last));
            }
            default -> throw new IllegalArgumentException("no bare handshakes known for scenario '" + scenario + "'");
        };
    }

    /**
     * A mutual handshake from orders to payments over one pair of workload certificates. The run's second call
     * presents the certificates of the last rotation, new to both sides, so the two handshakes of a set never share
     * a leaf (the JDK would remember the first one's verifications).
     */
    private static Handshake mutual(CaHierarchy mesh, List<IssuedCertificate> pair) {
        return new Handshake(TlsClientSetup.workload(PeerName.spiffe(PAYMENTS), List.of(mesh.root()), pair.get(0)),
                TlsServerSetup.mutual(pair.get(1), ClientAuth.REQUIRED, List.of(mesh.root())));
    }

    @Benchmark
    public Trace scenarioRun() {
        return runner.run(chosen, options, seed++);
    }

    /**
     * The run's handshakes alone, over the next certificate set (not verified by the JDK since it was last used
     * {@value #CHAINS} operations ago, and evicted from its cache since); returns how many were established.
     */
    @Benchmark
    public int handshakes() {
        List<Handshake> set = sets.get(next);
        next = (next + 1) % CHAINS;
        return shake(set);
    }

    /**
     * The run's cryptography without the run: mint the certificates a default run mints (lesson 13: root,
     * intermediate, the bank's leaf; lesson 14: the mesh root and intermediate, the two workloads' first
     * certificates and the twelve of six half-hourly rotations, the last of which the second handshake presents)
     * and make its handshakes over them. What
     * {@link #scenarioRun()} costs beyond this is the simulation's own work: events, captions, slices, the world.
     */
    @Benchmark
    public int mintAndShake() {
        List<Handshake> set = handshakesOf(runMinter);
        if (scenario.equals("mtls-workload-identity")) {
            for (int rotation = 1; rotation < ROTATIONS; rotation++) {
                rotated = rotation();
            }
        }
        return shake(set);
    }

    /** The two workload certificates of one rotation, from the mesh CA just minted. */
    private List<IssuedCertificate> rotation() {
        return List.of(lastMesh.issue(LeafProfile.workload(ORDERS, now, Duration.ofHours(1))),
                lastMesh.issue(LeafProfile.workload(PAYMENTS, now, Duration.ofHours(1))));
    }

    /** The same handshakes over the first certificate set every time: PKIX's signature checks are remembered. */
    @Benchmark
    public int handshakesSameChain() {
        return shake(sets.get(0));
    }

    private int shake(List<Handshake> set) {
        int established = 0;
        for (Handshake h : set) {
            HandshakeRecording recording = new InMemoryTlsConnection(h.client(), h.server(), now, random).handshake();
            if (recording.established()) {
                established++;
            }
        }
        return established;
    }
}
