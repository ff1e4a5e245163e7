package dev.trustflow.bench;

import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.InMemoryTlsConnection;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
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
 * One full TLS 1.3 handshake, server authentication only, between two endpoints in memory: the project's
 * {@link InMemoryTlsConnection} (bctls, with every message parsed, every secret copied and the certificate judged by
 * PKIX at the given time) against the JDK's own {@link SSLEngine}s wrapping and unwrapping into each other's
 * buffers, same certificates (an EC P-256 leaf under a root and an intermediate), same machine, same run. The ratio
 * is what benchmarks/README.md reports. Each JDK handshake uses new engines from contexts made without a peer
 * host, so none resumes a session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TlsHandshakeBenchmark {

    private static final String HOST = "bank.example";
    private static final int MAX_STEPS = 200;

    private final SecureRandom random = new SecureRandom();
    private Instant now;
    private CaHierarchy web;
    private IssuedCertificate bank;
    private SSLContext jdkClient;
    private SSLContext jdkServer;

    @Setup
    public void setUp() throws Exception {
        now = Instant.now();
        CertificateMinter minter = new CertificateMinter(random, new Random(7));
        web = CaHierarchy.create("Web", minter, now.minus(Duration.ofDays(1)), Duration.ofDays(365));
        bank = web.issue(LeafProfile.server(now.minus(Duration.ofHours(1)), Duration.ofDays(2), HOST));
        jdkClient = clientContext(web.root());
        jdkServer = serverContext(bank);
        if (!bouncyCastleInMemory().established() || jdkSslEngine() == 0) {
            throw new IllegalStateException("a handshake did not complete; the benchmark would measure a failure");
        }
    }

    @Benchmark
    public HandshakeRecording bouncyCastleInMemory() {
        return new InMemoryTlsConnection(TlsClientSetup.browser(HOST, List.of(web.root())),
                TlsServerSetup.serverAuthOnly(bank), now, random).handshake();
    }

    /** Returns how many bytes crossed between the engines (never 0 for a completed handshake). */
    @Benchmark
    public int jdkSslEngine() throws SSLException {
        SSLEngine client = jdkClient.createSSLEngine();
        client.setUseClientMode(true);
        client.setEnabledProtocols(new String[] {"TLSv1.3"});
        SSLEngine server = jdkServer.createSSLEngine();
        server.setUseClientMode(false);
        server.setEnabledProtocols(new String[] {"TLSv1.3"});
        int packet = Math.max(client.getSession().getPacketBufferSize(), server.getSession().getPacketBufferSize());
        int app = Math.max(client.getSession().getApplicationBufferSize(),
                server.getSession().getApplicationBufferSize());
        ByteBuffer toServer = ByteBuffer.allocate(packet * 4);
        ByteBuffer toClient = ByteBuffer.allocate(packet * 4);
        ByteBuffer empty = ByteBuffer.allocate(0);
        ByteBuffer sink = ByteBuffer.allocate(app);
        client.beginHandshake();
        server.beginHandshake();
        int moved = 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            if (done(client) && done(server) && toServer.position() == 0 && toClient.position() == 0) {
                return moved;
            }
            moved += side(client, toServer, toClient, empty, sink);
            moved += side(server, toClient, toServer, empty, sink);
        }
        throw new IllegalStateException("the JDK engines did not finish their handshake in " + MAX_STEPS + " steps");
    }

    /** One step of one engine: run its tasks, wrap what it wants to send, unwrap what it received. */
    private static int side(SSLEngine engine, ByteBuffer out, ByteBuffer in, ByteBuffer empty, ByteBuffer sink)
            throws SSLException {
        int moved = 0;
        HandshakeStatus status = engine.getHandshakeStatus();
        while (status == HandshakeStatus.NEED_TASK) {
            engine.getDelegatedTask().run();
            status = engine.getHandshakeStatus();
        }
        if (status == HandshakeStatus.NEED_WRAP) {
            moved += engine.wrap(empty, out).bytesProduced();
        }
        in.flip();
        while (in.hasRemaining() && engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP
                || in.hasRemaining() && done(engine)) {
            sink.clear();
            int consumed = engine.unwrap(in, sink).bytesConsumed();
            while (engine.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                engine.getDelegatedTask().run();
            }
            if (consumed == 0) {
                break;
            }
        }
        in.compact();
        return moved;
    }

    private static boolean done(SSLEngine engine) {
        HandshakeStatus s = engine.getHandshakeStatus();
        return s == HandshakeStatus.NOT_HANDSHAKING || s == HandshakeStatus.FINISHED;
    }

    private static SSLContext clientContext(X509Certificate root) throws GeneralSecurityException, java.io.IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", root);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, tmf.getTrustManagers(), new SecureRandom());
        return context;
    }

    private static SSLContext serverContext(IssuedCertificate identity)
            throws GeneralSecurityException, java.io.IOException {
        char[] password = "bench".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("bank", identity.privateKey(), password,
                identity.chain().toArray(new X509Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf.getKeyManagers(), null, new SecureRandom());
        return context;
    }
}
