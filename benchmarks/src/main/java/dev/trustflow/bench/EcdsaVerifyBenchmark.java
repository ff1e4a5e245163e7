package dev.trustflow.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.security.Provider;
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
 * Raw ES256 signature verification of one pre-made token with nimbus's {@link ECDSAVerifier}: once with the
 * JDK's default provider (SunEC) and once with BouncyCastle set in the verifier's JCA context. This is the
 * baseline the gateway pipeline is budgeted against (benchmarks/README.md: the pipeline at most 1.2x the faster
 * of the two).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EcdsaVerifyBenchmark {

    private SignedTokenFixture fixture;
    private ECDSAVerifier sunEc;
    private ECDSAVerifier bouncyCastle;

    @Setup
    public void setUp() throws JOSEException {
        fixture = new SignedTokenFixture();
        sunEc = new ECDSAVerifier(fixture.key.toECPublicKey());
        bouncyCastle = new ECDSAVerifier(fixture.key.toECPublicKey());
        Provider bc = new BouncyCastleProvider();
        bouncyCastle.getJCAContext().setProvider(bc);
        if (!verifySunEc() || !verifyBouncyCastle()) {
            throw new IllegalStateException("the pre-made ES256 token does not verify; the benchmark would measure a failure");
        }
    }

    @Benchmark
    public boolean verifySunEc() throws JOSEException {
        return sunEc.verify(fixture.token.getHeader(), fixture.token.getSigningInput(), fixture.token.getSignature());
    }

    @Benchmark
    public boolean verifyBouncyCastle() throws JOSEException {
        return bouncyCastle.verify(fixture.token.getHeader(), fixture.token.getSigningInput(),
                fixture.token.getSignature());
    }
}
