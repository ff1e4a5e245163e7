package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.vault.EnvelopeCipher;
import dev.trustflow.sim.vault.SealedRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The orders the service writes: with envelope encryption each one is sealed with a fresh data key from the
 * vault (AES-256-GCM, the key dropped from memory after use), else written in the clear. Reading back asks the
 * vault for each record's key and opens the record for real.
 */
final class OrderRecords {

    static final String STORED = "record.stored";
    static final String OPENED = "record.read";

    private final Simulation sim;
    private final OrdersClient client;
    private final OrdersDatabase database;
    private final VaultServer vault;
    private final boolean envelope;
    private final Map<String, SealedRecord> sealed = new LinkedHashMap<>();

    OrderRecords(Simulation sim, OrdersClient client, OrdersDatabase database, VaultServer vault, boolean envelope) {
        this.sim = sim;
        this.client = client;
        this.database = database;
        this.vault = vault;
        this.envelope = envelope;
    }

    /** Writes one order, sealed under its own data key when envelope encryption is on. */
    void store(String id, String order) {
        if (!envelope) {
            String row = id + " | " + order;
            database.insert(row);
            sim.event(STORED, SecretsCast.ORDERS).to(SecretsCast.DATABASE)
                    .caption("The orders service writes order " + id + " as it is: name and card number in the "
                            + "clear.")
                    .data("record", id).data("encrypted", false)
                    .artifact(Artifact.text("orders row", row)).emit();
            return;
        }
        Exchange exchange = client.call("POST", VaultServer.DATA_KEY + id, "The orders service asks the vault for a "
                + "new data key for " + id + ".", null);
        SecretKey dataKey = exchange.carried(VaultServer.KEY, SecretKey.class).orElseThrow();
        String kek = exchange.carried(VaultServer.KEK, String.class).orElseThrow();
        SealedRecord record = EnvelopeCipher.seal(id, order, dataKey, sim.randomness().secure());
        sealed.put(id, record);
        database.insert(record.row());
        sim.event(STORED, SecretsCast.ORDERS).to(SecretsCast.DATABASE).cause(exchange.responseSeq())
                .caption("Order " + id + " is sealed with AES-256-GCM under its own data key; the vault keeps that "
                        + "key wrapped by " + kek + ".")
                .data("record", id).data("encrypted", true).data("kek", kek)
                .artifact(Artifact.text("orders row (nonce | ciphertext)", record.row()))
                .artifact(Artifact.text("vault data key table", vault.keys().tableDump())).emit();
    }

    /** Destroys the data key of {@code id} at the vault. */
    Exchange shred(String id) {
        return client.call("DELETE", VaultServer.DATA_KEY + id, "A customer asks to be forgotten: the orders "
                + "service has the vault destroy " + id + "'s data key.", null);
    }

    /** Reads {@code id} back: its key from the vault, then a real AES-GCM decryption. */
    Optional<String> read(String id) {
        SealedRecord record = sealed.get(id);
        Exchange exchange = client.call("GET", VaultServer.DATA_KEY + id, "The orders service asks the vault for "
                + id + "'s data key to read it.", null);
        Optional<SecretKey> key = exchange.carried(VaultServer.KEY, SecretKey.class);
        if (key.isEmpty()) {
            EnvelopeCipher.Opened attempt = EnvelopeCipher.openWithout(record, vault.keys().keysLeft());
            sim.check(SecretsCast.VAULT, attempt.check(), exchange.responseSeq(), exchange.flow());
            return attempt.plaintext();
        }
        EnvelopeCipher.Opened opened = EnvelopeCipher.open(record, key.get());
        int checked = sim.check(SecretsCast.ORDERS, opened.check(), exchange.responseSeq(), exchange.flow());
        opened.plaintext().ifPresent(text -> sim.event(OPENED, SecretsCast.ORDERS).cause(checked)
                .caption("Order " + id + " reads back (its key was wrapped by "
                        + exchange.carried(VaultServer.KEK, String.class).orElseThrow() + ").")
                .data("record", id).data("kek", exchange.carried(VaultServer.KEK, String.class).orElseThrow())
                .artifact(Artifact.text("order " + id, text)).emit());
        return opened.plaintext();
    }
}
