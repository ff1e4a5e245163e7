package dev.trustflow.sim.scenarios.layers;

import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.ALICE;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.BOB;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.DATABASE;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.SERVER;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.tls.Side;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;

/**
 * The chat server and its database. Alice posts the message over her connection; the server's endpoint reads it,
 * the server stores it (sealed with its database key when encryption at rest is on) and, when Bob asks, reads the
 * row back, opens it with the same key and sends it to Bob over his connection. What the server received and what
 * the database stored are kept: they are the copies the matrix reads.
 */
final class ChatServer {

    /** The stored row's id: the associated data of its at-rest encryption. */
    static final String ROW = "messages/1";
    static final String PATH = "/messages";

    private final Simulation sim;
    private final SecretKey databaseKey;
    private final ChatConnection alice;
    private final ChatConnection bob;
    private byte[] received;
    private byte[] wireFromAlice;
    private byte[] stored;
    private byte[] toStore;
    private ChatConnection.Carried toBob;

    /** @param databaseKey the key the server seals rows with, or null when encryption at rest is off */
    ChatServer(Simulation sim, SecretKey databaseKey, ChatConnection alice, ChatConnection bob) {
        this.sim = sim;
        this.databaseKey = databaseKey;
        this.alice = alice;
        this.bob = bob;
    }

    void install() {
        sim.serve(SERVER, this::chat);
        sim.serve(DATABASE, this::database);
    }

    /** Alice posts {@code payload}; returns the exchange. */
    Exchange post(byte[] payload, int cause) {
        ChatConnection.Carried sent = alice.send(Side.CLIENT, payload);
        received = sent.read();
        wireFromAlice = sent.wire();
        return sim.send(Request.post(ALICE, SERVER, PATH).causedBy(cause)
                .caption(alice.encrypted() ? "Alice's app posts the message inside TLS records"
                        : "Alice's app posts the message over plain HTTP")
                .artifact(Shown.bytes("on the wire", sent.wire())));
    }

    /** Bob fetches his messages; returns what his end read, or null when the server could not answer. */
    byte[] fetch(int cause) {
        Exchange exchange = sim.send(Request.get(BOB, SERVER, PATH).causedBy(cause)
                .caption("Bob's app asks the server for his new messages"));
        return exchange.ok() && toBob != null ? toBob.read() : null;
    }

    /** The payload as the server's process holds it (after its TLS endpoint, if any). */
    byte[] received() {
        return received.clone();
    }

    /** The row as the database holds it, and so as a dump of it holds it. */
    byte[] stored() {
        return stored.clone();
    }

    /** The bytes on the wire between Alice and the server. */
    byte[] wireFromAlice() {
        return wireFromAlice.clone();
    }

    private Reply chat(Arrival at) {
        return at.request().method().equals("POST") ? store(at) : deliver(at);
    }

    private Reply store(Arrival at) {
        toStore = databaseKey == null ? received : AtRest.seal(databaseKey, ROW, received, sim.randomness().secure());
        Exchange insert = sim.send(Request.post(SERVER, DATABASE, "/" + ROW).causedBy(at.requestSeq())
                .caption(databaseKey == null ? "The server stores the message as it received it"
                        : "The server seals the message with its database key (AES-256-GCM) and stores it"));
        return insert.ok() ? Reply.of(201, "201 Created: the server has the message for Bob")
                : Reply.of(500, "The database refused the row");
    }

    private Reply deliver(Arrival at) {
        Exchange select = sim.send(Request.get(SERVER, DATABASE, "/" + ROW).causedBy(at.requestSeq())
                .caption("The server reads Bob's message from the database"));
        if (!select.ok()) {
            return Reply.of(500, "The database has no such row");
        }
        byte[] value = stored;
        if (databaseKey != null) {
            try {
                value = AtRest.open(databaseKey, ROW, stored);
                at.check(CheckResult.pass(EncryptionLayersScenario.CHECK_AEAD_TAG, "the row's AES-256-GCM tag"
                        + " verifies under the database key; the server has the message again"));
            } catch (AEADBadTagException e) {
                at.check(CheckResult.fail(EncryptionLayersScenario.CHECK_AEAD_TAG, "the stored row does not open"
                        + " with the database key: " + e.getMessage()));
                return Reply.of(500, "The server cannot open the stored row");
            }
        }
        toBob = bob.send(Side.SERVER, value);
        return Reply.of(200, bob.encrypted() ? "200 OK: the message goes to Bob inside TLS records"
                        : "200 OK: the message goes to Bob over plain HTTP")
                .artifact(Shown.bytes("on the wire", toBob.wire()));
    }

    private Reply database(Arrival at) {
        if (at.request().method().equals("POST")) {
            stored = toStore.clone();
            return Reply.of(201, "The database writes the row").artifact(Shown.bytes("row " + ROW, stored));
        }
        if (stored == null) {
            return Reply.of(404, "No such row");
        }
        return Reply.of(200, "The database returns the row as stored").artifact(Shown.bytes("row " + ROW, stored));
    }
}
