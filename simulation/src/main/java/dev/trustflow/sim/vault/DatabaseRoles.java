package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.PasswordHasher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The database's own login roles, as PostgreSQL keeps them: a bcrypt hash of each role's password and an
 * optional {@code VALID UNTIL}. The vault creates a role per lease, moves its {@code VALID UNTIL} on renewal and
 * drops it when the lease expires or is revoked; a static role has no end. A login runs
 * {@code db.role-exists}, {@code password.bcrypt} and {@code db.valid-until}, in that order.
 */
public final class DatabaseRoles {

    public static final String ROLE_EXISTS = "db.role-exists";
    public static final String VALID_UNTIL = "db.valid-until";

    private record Role(String passwordHash, Instant validUntil) {
    }

    private final PasswordHasher hasher;
    private final Map<String, Role> roles = new LinkedHashMap<>();

    public DatabaseRoles(PasswordHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** {@code CREATE ROLE name LOGIN PASSWORD ... [VALID UNTIL ...]}; a null {@code validUntil} never ends. */
    public void create(String name, String password, Instant validUntil) {
        if (roles.containsKey(name)) {
            throw new IllegalArgumentException("role " + name + " already exists");
        }
        roles.put(name, new Role(hasher.hash(password), validUntil));
    }

    /** {@code ALTER ROLE name VALID UNTIL ...}. */
    public void validUntil(String name, Instant validUntil) {
        Role role = roles.get(name);
        if (role == null) {
            throw new IllegalArgumentException("no role " + name);
        }
        roles.put(name, new Role(role.passwordHash(), validUntil));
    }

    /** {@code DROP ROLE name}; whether it existed. */
    public boolean drop(String name) {
        return roles.remove(name) != null;
    }

    public boolean exists(String name) {
        return roles.containsKey(name);
    }

    /** The checks of one login at {@code at}, in order; the first failure ends the list. */
    public List<CheckResult> login(String name, String password, Instant at) {
        List<CheckResult> checks = new ArrayList<>();
        Role role = roles.get(name);
        if (role == null) {
            checks.add(CheckResult.fail(ROLE_EXISTS, "no role named " + name + ": it was dropped, or never existed"));
            return checks;
        }
        checks.add(CheckResult.pass(ROLE_EXISTS, "role " + name + " exists"));
        CheckResult passwordCheck = PasswordHasher.verify(name, role.passwordHash(), password);
        checks.add(passwordCheck);
        if (!passwordCheck.passed()) {
            return checks;
        }
        if (role.validUntil() == null) {
            checks.add(CheckResult.pass(VALID_UNTIL, "role " + name + " has no VALID UNTIL: it never expires"));
        } else if (at.isAfter(role.validUntil())) {
            checks.add(CheckResult.fail(VALID_UNTIL, "role " + name + " was valid until " + role.validUntil()
                    + ", it is " + at));
        } else {
            checks.add(CheckResult.pass(VALID_UNTIL, "role " + name + " is valid until " + role.validUntil()));
        }
        return checks;
    }

    /** The role table as {@code pg_authid} would list it, hashes included. */
    public String dump() {
        StringBuilder text = new StringBuilder("rolname | rolpassword | rolvaliduntil\n");
        roles.forEach((name, role) -> text.append(name).append(" | ").append(role.passwordHash()).append(" | ")
                .append(role.validUntil() == null ? "infinity" : role.validUntil()).append('\n'));
        return text.toString();
    }
}
