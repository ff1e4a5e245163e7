package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.credentials.PasswordHasher;
import dev.trustflow.sim.crypto.pki.CaHierarchy;
import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.crypto.pki.LeafProfile;
import dev.trustflow.sim.crypto.pki.Pem;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.vault.DatabaseRoles;
import dev.trustflow.sim.vault.EnvelopeKeys;
import dev.trustflow.sim.vault.VaultTokens;
import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A vault, and the orders service that gets its secrets from it: a workload-certificate login, database
 * credentials on a lease or a password baked into a config file, each order sealed with its own data key wrapped
 * by the vault's KEK, a KEK rotation, a crypto-shredded record, and an attacker holding the leaked config file.
 */
public final class SecretsManagementScenario implements Scenario {

    public static final String ID = "secrets-management";
    static final String DB_CREDENTIALS = "db-credentials";
    static final String ENVELOPE = "envelope";
    static final String KEK_ROTATION = "kek-rotation";
    static final String SHRED = "shred";
    static final List<String> RECORDS = List.of("r-1001", "r-1002", "r-1003");
    private static final List<String> ORDERS = List.of(
            "Alice Martin, card 4111 1111 1111 1111, 2 x coffee beans",
            "Bob Nguyen, card 5500 0000 0000 0004, 1 x grinder",
            "Carol Diaz, card 3400 0000 0000 009, 3 x filters");
    private static final Duration SVID_TTL = Duration.ofHours(1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Secrets management: leases, envelopes, shredding";
    }

    @Override
    public String description() {
        return "The orders service logs in to a vault with its workload certificate, gets its database password "
                + "on a lease or from a baked-in config file, and seals each order with its own data key wrapped "
                + "by the vault's KEK. A crash dump leaks the config file; the KEK is rotated; one record's key "
                + "is destroyed. Every vault access lands in the audit log.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(DB_CREDENTIALS, "dynamic", List.of("static", "dynamic"), "DB credentials",
                        "static: a password baked into the image's config file; dynamic: a role per 15-minute lease."),
                OptionSpec.bool(ENVELOPE, true, "Envelope encryption",
                        "Each order sealed with its own AES-256-GCM data key, wrapped by the vault's KEK."),
                OptionSpec.bool(KEK_ROTATION, true, "Rotate the KEK",
                        "The vault adds a new KEK between the second and third order; old keys stay readable."),
                OptionSpec.bool(SHRED, true, "Shred one record",
                        "The vault destroys order r-1001's data key, so that record can never be read again."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        SecretsCast.declare(sim);
        boolean dynamic = options.choice(DB_CREDENTIALS).equals("dynamic");
        boolean envelope = options.flag(ENVELOPE);
        OpaqueSecrets secrets = new OpaqueSecrets(sim.randomness().secure());
        DatabaseRoles roles = new DatabaseRoles(new PasswordHasher(PasswordHasher.SIMULATION_COST,
                sim.randomness().secure()));
        DatabaseEngine engine = new DatabaseEngine(roles, secrets, sim.random());
        CertificateMinter minter = new CertificateMinter(sim.randomness().secure(), sim.random());
        CaHierarchy platform = CaHierarchy.create("Platform", minter, sim.now().minus(Duration.ofDays(1)),
                Duration.ofDays(365));
        VaultServer vault = new VaultServer(sim, List.of(platform.root()),
                new VaultTokens(secrets), new EnvelopeKeys(sim.randomness().secure()), engine);
        vault.install();
        OrdersDatabase database = new OrdersDatabase(sim, roles);
        database.install();
        OrdersClient client = new OrdersClient(sim);
        DatabaseCredentials credentials = new DatabaseCredentials(sim, dynamic, client, roles, secrets);

        sim.phase("Logging in to the vault");
        IssuedCertificate svid = platform.issue(LeafProfile.workload(SecretsCast.ORDERS_ID, sim.now(), SVID_TTL));
        int issued = sim.event(EventKinds.CERT_ISSUED, SecretsCast.CA).to(SecretsCast.ORDERS)
                .caption("The platform CA issues the orders service its workload certificate, "
                        + SecretsCast.ORDERS_ID + ", valid one hour.")
                .data("spiffeId", SecretsCast.ORDERS_ID.toString())
                .artifact(new Artifact(Artifact.PEM_CERTIFICATE, "orders' certificate", Pem.of(svid.certificate())))
                .gives(SecretsCast.ORDERS, new Credential("svid-orders", Credential.Kind.CERTIFICATE,
                        "Orders' workload certificate", Set.of(SecretsCast.VAULT),
                        svid.certificate().getNotAfter().toInstant()))
                .emit();
        sim.tick(Duration.ofSeconds(1));
        client.login(svid, issued);

        sim.phase("Database credentials");
        sim.tick(Duration.ofSeconds(1));
        int obtained = credentials.obtain();
        sim.tick(Duration.ofSeconds(1));
        sim.send(OrdersDatabase.connect(SecretsCast.ORDERS, credentials.user(), credentials.password(),
                "The orders service connects to the database as " + credentials.user() + ".").causedBy(obtained));

        sim.phase("Storing orders");
        OrderRecords records = new OrderRecords(sim, client, database, vault, envelope);
        for (int i = 0; i < RECORDS.size(); i++) {
            sim.tick(Duration.ofMinutes(1));
            if (i == 2 && envelope && options.flag(KEK_ROTATION)) {
                rotate(sim, vault);
            }
            records.store(RECORDS.get(i), ORDERS.get(i));
        }

        sim.tick(Duration.ofMinutes(7));
        if (dynamic) {
            credentials.renew();
        }
        sim.tick(Duration.ofMinutes(2));
        sim.phase("A crash dump leaks");
        int leaked = sim.event("config.leaked", SecretsCast.ORDERS)
                .caption("An orders pod crashes. Its crash dump, with /etc/orders/db.conf inside, is attached to a "
                        + "support ticket.")
                .data("file", "/etc/orders/db.conf")
                .artifact(Artifact.text("db.conf in the crash dump", credentials.configFile())).emit();
        if (dynamic) {
            sim.tick(Duration.ofMinutes(14));
            credentials.expire(engine, vault);
        }

        if (envelope) {
            sim.tick(Duration.ofMinutes(4));
            if (options.flag(SHRED)) {
                sim.phase("Forgetting a customer");
                records.shred(RECORDS.get(0));
                sim.tick(Duration.ofSeconds(30));
            }
            sim.phase("Reading orders back");
            long readable = RECORDS.stream().filter(id -> records.read(id).isPresent()).count();
            sim.summary().put("recordsReadable", (int) readable);
        }
        sim.tick(Duration.ofMinutes(1));
        Exchange revoked = client.call("POST", VaultServer.REVOKE_SELF, "The batch is done: the orders service "
                + "revokes its own vault token.", null);
        sim.event(EventKinds.TOKEN_REVOKED, SecretsCast.VAULT).to(SecretsCast.ORDERS).cause(revoked.responseSeq())
                .caption("The vault token is revoked; nothing can use it any more.")
                .revokes(OrdersClient.TOKEN_CREDENTIAL).emit();

        sim.phase("The attacker");
        new LeakedConfig(sim, credentials, database, envelope).exploit(leaked);

        sim.phase("The audit log");
        sim.event("audit.read", SecretsCast.VAULT)
                .caption("The vault's audit log lists every access, allowed or refused, and never a secret.")
                .data("lines", vault.audit().lines().size())
                .artifact(Artifact.text("vault audit log", vault.audit().text())).emit();
        sim.summary().put("dbCredentials", options.choice(DB_CREDENTIALS));
        sim.summary().put("auditLines", vault.audit().lines().size());
    }

    private static void rotate(Simulation sim, VaultServer vault) {
        String old = vault.keys().currentKek();
        String next = vault.keys().rotateKek();
        String line = vault.record("operator", "POST", "/v1/transit/keys/orders/rotate", "ok", old + " -> " + next);
        sim.event("key.rotated", SecretsCast.VAULT)
                .caption("The vault rotates its KEK: " + next + " wraps new data keys, " + old + " is kept to "
                        + "unwrap the old ones. No record is re-encrypted.")
                .data("from", old).data("to", next)
                .artifact(Artifact.text("audit log line", line)).emit();
    }
}
