package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/**
 * The attacker's use of the leaked config file: read the ticket, log in to the database with what the file says,
 * and take the orders table if the login works. What it obtains is what the database really let it read.
 */
final class LeakedConfig {

    static final String OUTCOME = "outcome";

    private final Simulation sim;
    private final DatabaseCredentials credentials;
    private final OrdersDatabase database;
    private final boolean envelope;

    LeakedConfig(Simulation sim, DatabaseCredentials credentials, OrdersDatabase database, boolean envelope) {
        this.sim = sim;
        this.credentials = credentials;
        this.database = database;
        this.envelope = envelope;
    }

    void exploit(int leaked) {
        sim.jump(Duration.ofMinutes(90), SecretsCast.ATTACKER, "90 minutes later");
        int read = sim.event(EventKinds.ATTACK_STEP, SecretsCast.ATTACKER).cause(leaked)
                .caption("The attacker reads the support ticket and finds the database password in the crash dump.")
                .data(DataKeys.STEP, "read-dump")
                .artifact(Artifact.text("db.conf in the crash dump", credentials.configFile()))
                .steals(SecretsCast.ATTACKER, SecretsCast.ORDERS, credentials.credentialId()).emit();
        sim.tick(Duration.ofMinutes(1));
        Exchange login = sim.send(OrdersDatabase.connect(SecretsCast.ATTACKER, credentials.user(),
                credentials.password(), "The attacker connects to the database as " + credentials.user() + ".")
                .causedBy(read));
        if (!login.ok()) {
            sim.event(EventKinds.ATTACK_STEP, SecretsCast.ATTACKER).to(SecretsCast.DATABASE).cause(login.lastSeq())
                    .caption("The leaked password is worthless: its role no longer exists.")
                    .data(DataKeys.STEP, "db-login").data(OUTCOME, "blocked").emit();
            sim.summary().put("attackerLogin", "refused");
            return;
        }
        sim.event(EventKinds.ATTACK_STEP, SecretsCast.ATTACKER).to(SecretsCast.DATABASE).cause(login.lastSeq())
                .caption("The leaked password still works: the attacker is in.")
                .data(DataKeys.STEP, "db-login").data(OUTCOME, "succeeded").emit();
        sim.event(EventKinds.DATA_LEAKED, SecretsCast.ATTACKER).cause(login.responseSeq()).flow(login.flow())
                .caption(envelope
                        ? "The attacker dumps the orders table: only nonces and ciphertext, no key to open them."
                        : "The attacker dumps the orders table: every name and card number in the clear.")
                .data("encrypted", envelope)
                .artifact(Artifact.text("SELECT * FROM orders", database.table())).emit();
        sim.summary().put("attackerLogin", "accepted");
    }
}
