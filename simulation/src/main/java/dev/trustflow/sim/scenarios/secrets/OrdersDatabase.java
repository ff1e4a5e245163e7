package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.vault.DatabaseRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orders database: its login checks every connection against its roles ({@code db.role-exists},
 * {@code password.bcrypt}, {@code db.valid-until}), and its orders table holds whatever the service wrote, sealed
 * or in the clear.
 */
final class OrdersDatabase {

    static final String LOGIN = "LOGIN";
    static final String PATH = "postgres://orders-db/orders";
    static final String USER = "user";
    static final String PASSWORD = "password";

    private final Simulation sim;
    private final DatabaseRoles roles;
    private final List<String> rows = new ArrayList<>();

    OrdersDatabase(Simulation sim, DatabaseRoles roles) {
        this.sim = sim;
        this.roles = roles;
    }

    void install() {
        sim.guard(SecretsCast.DATABASE, this::login);
        sim.serve(SecretsCast.DATABASE, at -> Reply.of(200, "The database accepts the connection as "
                + at.request().carried(USER, String.class).orElse("?") + "."));
    }

    /** A connection request from {@code from} with these credentials. */
    static Request connect(String from, String user, String password, String caption) {
        return Request.of(LOGIN, from, SecretsCast.DATABASE, PATH).caption(caption).data(USER, user)
                .carry(USER, user).carry(PASSWORD, password);
    }

    void insert(String row) {
        rows.add(row);
    }

    /** {@code SELECT * FROM orders}, as the rows are stored. */
    String table() {
        return "id | stored row\n" + String.join("\n", rows) + "\n";
    }

    private Optional<Reply> login(Arrival at) {
        String user = at.request().carried(USER, String.class).orElse("");
        String password = at.request().carried(PASSWORD, String.class).orElse("");
        List<CheckResult> checks = roles.login(user, password, at.now());
        if (at.checks(checks)) {
            return Optional.empty();
        }
        CheckResult failed = checks.get(checks.size() - 1);
        return Optional.of(at.refuse(401, failed, "The database refuses the login: " + failed.check() + " failed."));
    }
}
