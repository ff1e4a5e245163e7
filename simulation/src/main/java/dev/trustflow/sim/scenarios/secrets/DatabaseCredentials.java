package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.vault.DatabaseRoles;
import dev.trustflow.sim.vault.Lease;
import dev.trustflow.sim.world.Credential;
import java.util.List;
import java.util.Set;

/**
 * How the orders service gets its database password: baked into its config file (static, one role that never
 * expires), or from the vault per lease (dynamic: a role of its own, renewed, dropped when the lease ends). The
 * config file as it is on disk is what leaks.
 */
final class DatabaseCredentials {

    static final String STATIC_USER = "orders_app";
    static final String STATIC_CREDENTIAL = "db-password";
    static final String LEASE_CREDENTIAL = "db-lease";

    private final Simulation sim;
    private final boolean dynamic;
    private final OrdersClient client;
    private final DatabaseRoles roles;
    private String user;
    private String password;
    private String configFile;
    private String leaseId;

    DatabaseCredentials(Simulation sim, boolean dynamic, OrdersClient client, DatabaseRoles roles,
                        OpaqueSecrets secrets) {
        this.sim = sim;
        this.dynamic = dynamic;
        this.client = client;
        this.roles = roles;
        if (!dynamic) {
            user = STATIC_USER;
            password = secrets.next("", 18);
            roles.create(STATIC_USER, password, null);
        }
    }

    String credentialId() {
        return dynamic ? LEASE_CREDENTIAL : STATIC_CREDENTIAL;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String configFile() {
        return configFile;
    }

    /** Puts credentials in the service's hands; returns the seq of the event that gave them. */
    int obtain() {
        if (!dynamic) {
            configFile = "# /etc/orders/db.conf, COPY'd into layer 4 of image orders:1.8\n"
                    + "db.url=postgres://orders-db:5432/orders\ndb.user=" + user + "\ndb.password=" + password + "\n";
            return sim.event("config.read", SecretsCast.ORDERS)
                    .caption("The orders service reads its database password from the config file baked into its "
                            + "image. The same password has worked for two years.")
                    .data("file", "/etc/orders/db.conf")
                    .artifact(Artifact.text("db.conf", configFile))
                    .gives(SecretsCast.ORDERS, new Credential(STATIC_CREDENTIAL, Credential.Kind.PASSWORD,
                            "Static DB password", Set.of(SecretsCast.DATABASE), null))
                    .emit();
        }
        Exchange exchange = client.call("GET", VaultServer.CREDS, "The orders service asks the vault for database "
                + "credentials.", null);
        DatabaseEngine.Issued issued = exchange.carried(VaultServer.CREDENTIALS, DatabaseEngine.Issued.class)
                .orElseThrow();
        user = issued.username();
        password = issued.password();
        leaseId = issued.lease().id();
        configFile = "# /etc/orders/db.conf, rendered by the vault agent at " + sim.now() + "\n"
                + "# lease " + leaseId + "\n"
                + "db.url=postgres://orders-db:5432/orders\ndb.user=" + user + "\ndb.password=" + password + "\n";
        int created = sim.event("db.role-created", SecretsCast.VAULT).to(SecretsCast.DATABASE)
                .cause(exchange.responseSeq())
                .caption("The vault creates role " + user + " in the database, valid until "
                        + issued.lease().expires() + ".")
                .data("role", user).data("validUntil", issued.lease().expires().toString())
                .artifact(Artifact.text("SQL run by the vault", DatabaseEngine.createStatement(issued))).emit();
        return sim.event("lease.issued", SecretsCast.VAULT).to(SecretsCast.ORDERS).cause(created)
                .caption("The orders service holds " + user + " and its password on a 15-minute lease.")
                .data("lease", leaseId).data("ttl", DatabaseEngine.TTL.toString()).data("expires", issued.lease().expires().toString())
                .artifact(Artifact.text("db.conf", configFile))
                .gives(SecretsCast.ORDERS, credential(issued.lease())).emit();
    }

    /** Renews the lease (dynamic only). */
    void renew() {
        Exchange exchange = client.call("PUT", VaultServer.RENEW, "Ten minutes in, the orders service renews its "
                + "lease.", null, VaultServer.LEASE, leaseId);
        exchange.carried(VaultServer.LEASE, Lease.class).ifPresent(lease -> sim.event("lease.renewed",
                        SecretsCast.VAULT).to(SecretsCast.DATABASE).cause(exchange.responseSeq())
                .caption("The vault moves the role's VALID UNTIL to " + lease.expires() + ".")
                .data("lease", leaseId).data("expires", lease.expires().toString())
                .artifact(Artifact.text("SQL run by the vault", "ALTER ROLE \"" + user + "\" VALID UNTIL '"
                        + lease.expires() + "';"))
                .rotates(SecretsCast.ORDERS, LEASE_CREDENTIAL, credential(lease)).emit());
    }

    /** The vault's expiry of ended leases: each role dropped (dynamic only). */
    void expire(DatabaseEngine engine, VaultServer vault) {
        List<Lease> ended = engine.expire(sim.now());
        for (Lease lease : ended) {
            String line = vault.record("vault", "EXPIRE", lease.id(), "ok", "role " + lease.secret() + " dropped");
            sim.event("lease.expired", SecretsCast.VAULT).to(SecretsCast.DATABASE)
                    .caption("Nobody renewed the lease: it ends at " + lease.expires() + " and the vault drops "
                            + lease.secret() + ".")
                    .data("lease", lease.id()).data("expired", lease.expires().toString())
                    .data("roleExists", roles.exists(lease.secret()))
                    .artifact(Artifact.text("SQL run by the vault", "DROP ROLE \"" + lease.secret() + "\";"))
                    .artifact(Artifact.text("audit log line", line))
                    .emit();
        }
    }

    private static Credential credential(Lease lease) {
        return new Credential(LEASE_CREDENTIAL, Credential.Kind.PASSWORD, "DB lease " + lease.secret(),
                Set.of(SecretsCast.DATABASE), lease.expires());
    }
}
