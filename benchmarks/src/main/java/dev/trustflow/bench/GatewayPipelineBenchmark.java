package dev.trustflow.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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

/**
 * What a gateway does with a bearer token, end to end: parse the compact JWT, pick the key by {@code kid}
 * from a JWKS, verify the ES256 signature (BouncyCastle provider), check issuer, audience, expiry and required
 * claims. {@link #trustflowVerifier} is the project's verifier, which runs every check and writes the
 * per-check report the UI shows; {@link #nimbusProcessor} is nimbus's stock {@link DefaultJWTProcessor} doing
 * the same checks without a report. Both run on the same token in the same fork as the raw verifies of
 * {@link EcdsaVerifyBenchmark}, so their ratio to the fastest raw ES256 verify is the budget's measure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GatewayPipelineBenchmark {

    private SignedTokenFixture fixture;
    private DefaultJWTProcessor<SecurityContext> processor;
    private JwtVerifier verifier;

    @Setup
    public void setUp() throws JOSEException, BadJOSEException, ParseException {
        fixture = new SignedTokenFixture();
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(fixture.publicKeys)));
        DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
        verifiers.getJCAContext().setProvider(new BouncyCastleProvider());
        processor.setJWSVerifierFactory(verifiers);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(SignedTokenFixture.AUDIENCE,
                new JWTClaimsSet.Builder().issuer(SignedTokenFixture.ISSUER).build(), Set.of("sub", "exp", "iat")));
        nimbusProcessor();
        verifier = new JwtVerifier(new JwtPolicy(Set.of("ES256"), SignedTokenFixture.ISSUER,
                SignedTokenFixture.AUDIENCE, Set.of("sub", "exp", "iat"), Duration.ofSeconds(30), null));
        if (!trustflowVerifier().valid()) {
            throw new IllegalStateException("the fixture token should verify: " + trustflowVerifier());
        }
    }

    @Benchmark
    public VerificationReport trustflowVerifier() {
        return verifier.verify(fixture.compact, fixture.publicKeys, Instant.now());
    }

    @Benchmark
    public JWTClaimsSet nimbusProcessor() throws BadJOSEException, ParseException, JOSEException {
        return processor.process(fixture.compact, null);
    }
}
