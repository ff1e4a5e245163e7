package dev.trustflow.bench;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.SpiffeId;
import dev.trustflow.sim.scenarios.mesh.MtlsDial;
import dev.trustflow.sim.scenarios.zerotrust.SidecarChecks;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the callee's sidecar does with one request in lesson 15's zero trust ({@code perimeter-vs-zero-trust}),
 * with the scenario's own classes: orders calls {@code POST /payments} on payments with Alice's token. Per
 * connection, in the setup: a mesh CA issues orders its workload certificate (the SPIFFE ID as URI SAN), which is
 * encoded and parsed back as a handshake receives it. Per request, measured: the caller's SPIFFE ID read from that
 * certificate's SAN ({@link MtlsDial#spiffeId}), the east-west policy's decision ({@link SidecarChecks#authorize}),
 * and every check of the user's ES256 token with the project's verifier ({@link SidecarChecks#verifyUser}). Run it
 * with {@link EcdsaVerifyBenchmark}: its budget is 1.2x the faster raw ES256 verify of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ZeroTrustRequestBenchmark {

    private static final String KID = "gateway-es256";
    private static final String SERVICE = "payments";
    private static final SpiffeId CALLER = SpiffeId.of("shop", "orders");

    private X509Certificate peerCertificate;
    private SidecarChecks sidecar;
    private String token;

    @Setup
    public void setUp() throws CertificateException {
        Instant now = Instant.now();
        CaHierarchy mesh = CaHierarchy.create("Mesh", new CertificateMinter(new SecureRandom(), new Random(15)),
                now.minus(Duration.ofDays(1)), Duration.ofDays(365));
        byte[] presented = mesh.issue(LeafProfile.workload(CALLER, now, Duration.ofHours(1))).certificate()
                .getEncoded();
        peerCertificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(presented));

        KeyRing ring = new KeyRing();
        ring.es256(KID);
        JwtPolicy policy = SidecarChecks.policy();
        token = new JwtIssuer(ring, Clock.systemUTC()).token(KID).issuer(policy.issuer()).subject("alice")
                .audience(policy.audience()).type("at+jwt").ttl(Duration.ofHours(1))
                .claim("roles", List.of("employee")).jti("bench-token").sign();
        sidecar = new SidecarChecks(ring.jwks());

        String peer = MtlsDial.spiffeId(peerCertificate).orElseThrow();
        CheckResult decision = SidecarChecks.authorize(SERVICE, peer, "POST", "/payments");
        VerificationReport report = sidecar.verifyUser(token, Instant.now());
        if (!decision.passed() || !report.valid()) {
            throw new IllegalStateException("the request should be allowed, or the benchmark would measure a"
                    + " refusal: " + decision + " " + report);
        }
    }

    @Benchmark
    public void sidecarRequest(Blackhole out) {
        String peer = MtlsDial.spiffeId(peerCertificate).orElseThrow();
        out.consume(SidecarChecks.authorize(SERVICE, peer, "POST", "/payments"));
        out.consume(sidecar.verifyUser(token, Instant.now()));
    }
}
