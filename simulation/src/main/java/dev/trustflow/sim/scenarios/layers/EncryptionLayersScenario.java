package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.AesGcm;
import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.TlsAlert;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * Lesson 19: Alice sends Bob a chat message through a server that stores it. TLS in transit (real TLS 1.3 in
 * memory), encryption at rest (AES-256-GCM with the server's database key) and end-to-end encryption (to Bob's
 * P-256 key) are each on or off. Mallory takes her copy on the network, from a database dump or inside the server,
 * and really tries to decrypt it with the keys she has there; so does every other holder, and the matrix of who
 * can read the message where is made of those attempts.
 */
public final class EncryptionLayersScenario implements Scenario {

    public static final String ID = "encryption-layers";
    public static final String OPTION_TLS = "tls";
    public static final String OPTION_AT_REST = "at-rest";
    public static final String OPTION_E2E = "e2e";
    public static final String OPTION_ATTACKER = "attacker";
    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String SERVER = "chat-server";
    public static final String DATABASE = "chat-db";
    public static final String MALLORY = "mallory";
    public static final String HOST = "chat.example";
    /** An AES-GCM open by a party entitled to it (the server's at-rest key, Bob's end-to-end key). */
    public static final String CHECK_AEAD_TAG = AesGcm.TAG_CHECK;
    /** Mallory's attempt to read her copy with the keys she holds. */
    public static final String CHECK_READ = "message.read";
    /** The layer that stopped a failed read ({@link Layer#id()}), on a failed {@code message.read}. */
    public static final String LAYER = "layer";
    /** The library exception that stopped a failed read, when one did. */
    public static final String EXCEPTION = "exception";

    static final String MESSAGE = "Meet me at the north gate at 6. The door code is 4711.";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Encryption layers: who can read the message?";
    }

    @Override
    public String description() {
        return "Alice sends Bob a message through a chat server that stores it. Turn on TLS, encryption at rest and"
                + " end-to-end encryption, put Mallory on the network, at a database dump or inside the server, and"
                + " see who can really decrypt the message where.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool(OPTION_TLS, true, "TLS in transit",
                        "Alice's and Bob's apps talk to the server over TLS 1.3 (off: plain HTTP)"),
                OptionSpec.bool(OPTION_AT_REST, false, "Encryption at rest",
                        "The server seals what it stores with its database key, AES-256-GCM"),
                OptionSpec.bool(OPTION_E2E, false, "End-to-end encryption",
                        "Alice's app encrypts to Bob's public key; the server never has Bob's private key"),
                OptionSpec.choice(OPTION_ATTACKER, AttackerPosition.DB_DUMP.id(), AttackerPosition.ids(),
                        "Attacker", "Mallory on the network, with a dump of the database, or inside the server"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        boolean tls = options.flag(OPTION_TLS);
        boolean atRest = options.flag(OPTION_AT_REST);
        boolean e2e = options.flag(OPTION_E2E);
        AttackerPosition attacker = AttackerPosition.of(options.choice(OPTION_ATTACKER));
        declareWorld(sim, tls);
        SecureRandom random = sim.randomness().secure();
        byte[] message = MESSAGE.getBytes(StandardCharsets.UTF_8);
        List<HeldKey> serverKeys = new ArrayList<>();
        List<HeldKey> bobKeys = new ArrayList<>();

        sim.phase("Keys");
        int last = sim.event(EventKinds.NOTE, ALICE).to(BOB)
                .caption("Alice wants to send Bob a message through the chat server")
                .artifact(Artifact.text("Alice's message", MESSAGE))
                .emit();
        KeyPair bobPair = null;
        if (e2e) {
            bobPair = EcKeys.generateP256(random);
            bobKeys.add(new HeldKey("Bob's private key", bobPair.getPrivate()));
            last = sim.event(EventKinds.KEY_CREATED, BOB).to(SERVER).cause(last)
                    .caption("Bob's app creates a P-256 key pair; only its public key goes to the server")
                    .data("alg", "ECDH P-256")
                    .artifact(Artifact.text("Bob's public key", EcKeys.publicKeyPem(bobPair.getPublic())))
                    .emit();
        }
        SecretKey databaseKey = null;
        if (atRest) {
            databaseKey = AtRest.newDatabaseKey(random);
            serverKeys.add(new HeldKey("the server's database key", databaseKey));
            last = sim.event(EventKinds.KEY_CREATED, SERVER).cause(last)
                    .caption("The server creates its 256-bit AES database key; the key stays with the server,"
                            + " never in the database")
                    .data("alg", "AES-256-GCM")
                    .emit();
        }
        ChatConnection aliceConnection = ChatConnection.plain();
        ChatConnection bobConnection = ChatConnection.plain();
        if (tls) {
            sim.phase("TLS connections");
            CaHierarchy ca = chatCa(sim);
            IssuedCertificate certificate = ca.issue(LeafProfile.server(sim.now().minus(Duration.ofDays(1)),
                    Duration.ofDays(90), HOST));
            serverKeys.add(new HeldKey("the server's TLS private key", certificate.privateKey()));
            TlsClientSetup client = TlsClientSetup.browser(HOST, List.of(ca.root()));
            aliceConnection = ChatConnection.overTls(client, TlsServerSetup.serverAuthOnly(certificate), sim.now(),
                    random);
            last = handshake(sim, aliceConnection, ALICE, last);
            bobConnection = ChatConnection.overTls(client, TlsServerSetup.serverAuthOnly(certificate), sim.now(),
                    random);
            last = handshake(sim, bobConnection, BOB, last);
        }

        sim.phase("Alice sends");
        byte[] payload = message;
        if (e2e) {
            payload = EndToEnd.seal(bobPair.getPublic(), message, random);
            last = sim.event(EventKinds.NOTE, ALICE).cause(last)
                    .caption("Alice's app encrypts the message to Bob's public key: ECDH P-256, HKDF-SHA256,"
                            + " AES-256-GCM")
                    .artifact(Shown.bytes("end-to-end envelope", payload))
                    .emit();
        }
        ChatServer server = new ChatServer(sim, databaseKey, aliceConnection, bobConnection);
        server.install();
        Exchange posted = server.post(payload, last);

        sim.phase("Bob reads");
        byte[] bobHolds = server.fetch(posted.lastSeq());
        if (bobHolds == null) {
            throw new IllegalStateException("the message did not reach Bob");
        }
        String bobReads = bobOpens(sim, bobHolds, bobPair);

        Reader reader = new Reader(ChatServer.ROW);
        List<Layer> inside = e2e ? List.of(Layer.E2E) : List.of();
        List<Copy> copies = List.of(
                new Copy(Point.WIRE, server.wireFromAlice(), tls ? with(Layer.TLS, inside) : inside),
                new Copy(Point.SERVER, server.received(), inside),
                new Copy(Point.DUMP, server.stored(), atRest ? with(Layer.AT_REST, inside) : inside),
                new Copy(Point.RECIPIENT, bobHolds, inside));
        List<List<HeldKey>> keys = List.of(List.of(), serverKeys, List.of(), bobKeys);

        sim.phase("Mallory's copy");
        int attackerIndex = attacker.point().ordinal();
        boolean leaked = new MalloryAttempt(sim, reader, attacker).run(copies.get(attackerIndex),
                keys.get(attackerIndex));

        sim.phase("Who can read it");
        ReadMatrix matrix = new ReadMatrix(MESSAGE);
        for (int i = 0; i < copies.size(); i++) {
            matrix.put(reader.read(copies.get(i), keys.get(i)));
        }
        var shown = sim.event(EventKinds.NOTE, ALICE).cause(sim.events().size() - 1)
                .caption("Who can read Alice's message: " + matrix.caption())
                .artifact(matrix.table());
        for (Point point : Point.values()) {
            shown.data(point.id(), matrix.verdict(point));
        }
        shown.emit();

        sim.summary().put(OPTION_TLS, tls);
        sim.summary().put("atRest", atRest);
        sim.summary().put(OPTION_E2E, e2e);
        sim.summary().put(OPTION_ATTACKER, attacker.id());
        sim.summary().put("bobRead", MESSAGE.equals(bobReads));
        sim.summary().put("leaked", leaked);
        for (Point point : Point.values()) {
            sim.summary().put(point.id(), matrix.verdict(point));
        }
    }

    private static List<Layer> with(Layer outer, List<Layer> inner) {
        List<Layer> all = new ArrayList<>(List.of(outer));
        all.addAll(inner);
        return all;
    }

    /** A CA whose root both apps trust, to issue the server's certificate for chat.example. */
    private static CaHierarchy chatCa(Simulation sim) {
        CertificateMinter minter = new CertificateMinter(sim.randomness().secure(), sim.random());
        return CaHierarchy.create("Chat", minter, sim.now().minus(Duration.ofDays(30)), Duration.ofDays(3650));
    }

    /** Runs one connection's real handshake and records its outcome. */
    private static int handshake(Simulation sim, ChatConnection connection, String user, int cause) {
        HandshakeRecording recording = connection.handshake();
        if (!recording.established()) {
            throw new IllegalStateException("the TLS handshake to " + HOST + " failed: "
                    + recording.failure().map(TlsAlert::description).orElse("no alert"));
        }
        sim.tick(Duration.ofMillis(40));
        return sim.event(EventKinds.NOTE, user).to(SERVER).cause(cause)
                .caption((user.equals(ALICE) ? "Alice's" : "Bob's") + " app and the server finish a TLS 1.3"
                        + " handshake (" + recording.cipherSuite() + "); only these two ends hold its keys")
                .data("cipherSuite", recording.cipherSuite())
                .emit();
    }

    /** Bob's app opens what it received: with end-to-end encryption, with Bob's private key. */
    private static String bobOpens(Simulation sim, byte[] received, KeyPair bobPair) {
        byte[] read = received;
        int cause = sim.events().size() - 1;
        if (bobPair != null) {
            try {
                read = EndToEnd.open(bobPair.getPrivate(), received);
                cause = sim.check(BOB, CheckResult.pass(CHECK_AEAD_TAG, "Bob's private key derives the same AES"
                        + " key as Alice's app; the GCM tag verifies"), cause, null);
            } catch (AEADBadTagException e) {
                sim.check(BOB, CheckResult.fail(CHECK_AEAD_TAG, "the envelope does not open with Bob's key: "
                        + e.getMessage()), cause, null);
                return "";
            }
        }
        String text = new String(read, StandardCharsets.UTF_8);
        sim.event(EventKinds.NOTE, BOB).cause(cause)
                .caption("Bob's app shows the message")
                .artifact(Artifact.text("what Bob reads", text))
                .emit();
        return text;
    }

    /**
     * Alice, Bob and the chat provider; Mallory, in her own zone between them, is linked to where she can take a
     * copy (the server's traffic and process, the database's dump).
     */
    private static void declareWorld(Simulation sim, boolean tls) {
        Protection transit = tls ? Protection.TLS : Protection.PLAIN;
        sim.world().zone("provider", "Chat provider", false).zone("outside", "Mallory's reach", false);
        sim.world().actor(ALICE, "Alice", ActorKind.USER, "internet");
        sim.world().actor(BOB, "Bob", ActorKind.USER, "internet");
        sim.world().actor(SERVER, "Chat server", ActorKind.SERVICE, "provider");
        sim.world().actor(DATABASE, "Message database", ActorKind.DATABASE, "provider");
        sim.world().actor(MALLORY, "Mallory", ActorKind.ATTACKER, "outside");
        sim.world().link(ALICE, SERVER, Channel.BACK, transit);
        sim.world().link(BOB, SERVER, Channel.BACK, transit);
        sim.world().link(SERVER, DATABASE, Channel.BACK);
        sim.world().link(SERVER, MALLORY, Channel.ATTACK, transit);
        sim.world().link(DATABASE, MALLORY, Channel.OUT_OF_BAND);
    }
}
