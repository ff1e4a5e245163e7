package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt password hashes through BouncyCastle's {@link OpenBSDBCrypt} ({@code $2b$} strings with a random
 * 16-byte salt). The simulation uses a modest cost so that a run with a few dozen logins stays fast; a real
 * service picks the highest cost its login latency allows (10-12 or more).
 */
public final class PasswordHasher {

    /** The check id a login records for the password. */
    public static final String CHECK = "password.bcrypt";

    /**
     * Cost 5 (2^5 key-expansion rounds): about 2.3 ms of CPU per hash on the reference 2-core machine (cost 6:
     * 4.3 ms, cost 10: about 70 ms), so a stuffing run's 18 bcrypt checks (the stored user table is hashed once,
     * as a real site has it) stay near 40 ms and a what-if toggle re-runs within the 100 ms budget. Far too
     * cheap for production.
     */
    public static final int SIMULATION_COST = 5;

    private final int cost;
    private final SecureRandom random;

    public PasswordHasher(int cost, SecureRandom random) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4 to 31, not " + cost);
        }
        this.cost = cost;
        this.random = Objects.requireNonNull(random, "random");
    }

    public int cost() {
        return cost;
    }

    /** A new salted hash of {@code password}, e.g. {@code $2b$06$...}. */
    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Whether {@code password} hashes to {@code storedHash} with that hash's own salt and cost. */
    public static boolean matches(String storedHash, String password) {
        return OpenBSDBCrypt.checkPassword(storedHash, password.toCharArray());
    }

    /** The {@code password.bcrypt} check of one login attempt. */
    public static CheckResult verify(String account, String storedHash, String password) {
        return matches(storedHash, password)
                ? CheckResult.pass(CHECK, "bcrypt of the password matches the hash stored for " + account)
                : CheckResult.fail(CHECK, "bcrypt of the password does not match the hash stored for " + account);
    }
}
