package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.PasswordHasher;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user table of the {@code mfa-and-rate-limits} site as its database stores it: one salted bcrypt hash per
 * account (never the password), and the dummy hash the login service checks unknown addresses against, so that
 * an unknown address costs one bcrypt too.
 */
final class UserTable {

    private static final String DUMMY_PASSWORD = "dummy password for unknown accounts";

    private final Map<String, String> hashes;
    private final String dummyHash;
    private final int cost;

    private UserTable(Map<String, String> hashes, String dummyHash, int cost) {
        this.hashes = Collections.unmodifiableMap(hashes);
        this.dummyHash = dummyHash;
        this.cost = cost;
    }

    /** Hashes every account's password (in address order) and the dummy password with {@code hasher}. */
    static UserTable hash(Map<String, String> passwords, PasswordHasher hasher) {
        Map<String, String> hashes = new LinkedHashMap<>();
        new TreeMap<>(passwords).forEach((email, password) -> hashes.put(email, hasher.hash(password)));
        return new UserTable(hashes, hasher.hash(DUMMY_PASSWORD), hasher.cost());
    }

    Optional<String> hashOf(String email) {
        return Optional.ofNullable(hashes.get(email));
    }

    String dummyHash() {
        return dummyHash;
    }

    int cost() {
        return cost;
    }

    int size() {
        return hashes.size();
    }

    /** The table as a database console shows it. */
    String asText() {
        StringBuilder text = new StringBuilder("email | password hash (bcrypt)\n");
        hashes.forEach((email, hash) -> text.append(email).append(" | ").append(hash).append('\n'));
        return text.toString();
    }
}
