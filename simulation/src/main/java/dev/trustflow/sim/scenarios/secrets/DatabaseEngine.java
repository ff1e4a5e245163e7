package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.vault.DatabaseRoles;
import dev.trustflow.sim.vault.Lease;
import dev.trustflow.sim.vault.Leases;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The vault's database secrets engine: each request for credentials creates a new database role with a random
 * password and a {@code VALID UNTIL} equal to its lease's end; a renewal moves both, an ended lease drops the role.
 */
final class DatabaseEngine {

    static final Duration TTL = Duration.ofMinutes(15);
    static final Duration MAX_TTL = Duration.ofHours(1);

    /** Credentials handed to the caller once, with their lease. */
    record Issued(Lease lease, String username, String password) {
    }

    private final Leases leases = new Leases();
    private final DatabaseRoles roles;
    private final OpaqueSecrets secrets;
    private final Random names;

    DatabaseEngine(DatabaseRoles roles, OpaqueSecrets secrets, Random names) {
        this.roles = roles;
        this.secrets = secrets;
        this.names = names;
    }

    Issued issue(Instant at) {
        String username = "v-" + SecretsCast.DB_ROLE + "-" + HexFormat.of().toHexDigits(names.nextInt() & 0xffff, 4);
        String password = secrets.next("", 18);
        Lease lease = leases.issue("database/creds/" + SecretsCast.DB_ROLE + "/" + username, username, at, TTL,
                MAX_TTL);
        roles.create(username, password, lease.expires());
        return new Issued(lease, username, password);
    }

    Optional<Lease> renew(String leaseId, Instant at) {
        Optional<Lease> renewed = leases.renew(leaseId, at, TTL);
        renewed.ifPresent(lease -> roles.validUntil(lease.secret(), lease.expires()));
        return renewed;
    }

    /** The leases that ran out by {@code at}, their roles dropped. */
    List<Lease> expire(Instant at) {
        List<Lease> ended = leases.expire(at);
        ended.forEach(lease -> roles.drop(lease.secret()));
        return ended;
    }

    static String createStatement(Issued issued) {
        return "CREATE ROLE \"" + issued.username() + "\" WITH LOGIN PASSWORD '********'\n  VALID UNTIL '"
                + issued.lease().expires() + "';\nGRANT SELECT, INSERT ON orders TO \"" + issued.username() + "\";";
    }
}
