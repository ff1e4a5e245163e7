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
import java.text.ParseException;
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
 * claims. {@link #nimbusProcessor} measures nimbus's stock {@link DefaultJWTProcessor} as the reference for
 * the project's own verifier (the per-check report the UI shows), whose benchmark belongs in this class beside
 * it so that both run on the same token in the same fork.
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
    }

    @Benchmark
    public JWTClaimsSet nimbusProcessor() throws BadJOSEException, ParseException, JOSEException {
        return processor.process(fixture.compact, null);
    }
}
