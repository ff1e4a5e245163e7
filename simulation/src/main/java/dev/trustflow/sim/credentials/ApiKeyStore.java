package dev.trustflow.sim.credentials;

import dev.trustflow.sim.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * API keys as a service should keep them: 32 random bytes from SecureRandom behind a recognisable prefix
 * ({@code tfk_}, so secret scanners can spot a leaked one), shown once when issued, stored only as their
 * SHA-256 hash, each with scopes and an optional revocation time. An owner may hold two active keys while a
 * rotation is under way. The {@link Storage#PLAINTEXT} mode exists to show what a dump of a careless store gives
 * an attacker.
 */
public final class ApiKeyStore {

    public static final String HASH_MATCH = "apikey.hash-match";
    public static final String REVOKED = "apikey.revoked";
    public static final String SCOPE = "apikey.scope";
    public static final String PREFIX = "tfk_";

    /** How the secret column is kept. */
    public enum Storage { HASHED, PLAINTEXT }

    /**
     * A key at the moment it is issued: the only time the plaintext exists outside the caller.
     *
     * @param id        the row id ({@code key-1})
     * @param plaintext the key itself, to hand over once
     */
    public record IssuedKey(String id, String plaintext) {
        /** The first characters of the key, safe to show in a console or a log line. */
        public String hint() {
            return ApiKeyStore.hint(plaintext);
        }
    }

    /**
     * The outcome of authenticating one request: the checks that ran (stopping at the first failure) and the key
     * that matched, if any.
     */
    public record Authentication(List<CheckResult> checks, Optional<String> keyId) {
        public Authentication {
            checks = List.copyOf(checks);
        }

        public boolean accepted() {
            return checks.stream().allMatch(CheckResult::passed);
        }

        public Optional<CheckResult> failure() {
            return checks.stream().filter(c -> !c.passed()).findFirst();
        }
    }

    private static final class Row {
        final String id;
        final String owner;
        final Set<String> scopes;
        final String secretColumn;
        final Instant created;
        Instant revoked;

        Row(String id, String owner, Set<String> scopes, String secretColumn, Instant created) {
            this.id = id;
            this.owner = owner;
            this.scopes = scopes;
            this.secretColumn = secretColumn;
            this.created = created;
        }
    }

    private final Storage storage;
    private final SecureRandom random;
    private final Map<String, Row> bySecretColumn = new LinkedHashMap<>();
    private final Map<String, Row> byId = new LinkedHashMap<>();

    public ApiKeyStore(Storage storage, SecureRandom random) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.random = Objects.requireNonNull(random, "random");
    }

    public Storage storage() {
        return storage;
    }

    /** Issues a new key for {@code owner} with {@code scopes}; the returned plaintext is never kept (when hashed). */
    public IssuedKey issue(String owner, Set<String> scopes, Instant now) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = "key-" + (byId.size() + 1);
        Row row = new Row(id, owner, Set.copyOf(scopes), column(plaintext), now);
        bySecretColumn.put(row.secretColumn, row);
        byId.put(id, row);
        return new IssuedKey(id, plaintext);
    }

    /** Revokes a key from {@code at} on; requests with it then fail {@code apikey.revoked}. */
    public void revoke(String id, Instant at) {
        Row row = byId.get(id);
        if (row == null) {
            throw new IllegalArgumentException("no API key " + id);
        }
        row.revoked = at;
    }

    /** Ids of the owner's keys that are not revoked at {@code now}, oldest first. */
    public List<String> activeKeys(String owner, Instant now) {
        List<String> ids = new ArrayList<>();
        byId.values().stream().filter(r -> r.owner.equals(owner) && !isRevoked(r, now)).forEach(r -> ids.add(r.id));
        return ids;
    }

    /** Checks a presented key: a stored key matches, it is not revoked, its scopes include {@code requiredScope}. */
    public Authentication authenticate(String presented, String requiredScope, Instant now) {
        List<CheckResult> checks = new ArrayList<>();
        Row row = presented == null ? null : bySecretColumn.get(column(presented));
        if (row == null) {
            checks.add(CheckResult.fail(HASH_MATCH, storage == Storage.HASHED
                    ? "the SHA-256 of the presented value matches no stored key hash"
                    : "the presented value equals no stored key"));
            return new Authentication(checks, Optional.empty());
        }
        checks.add(CheckResult.pass(HASH_MATCH, storage == Storage.HASHED
                ? "the SHA-256 of the presented key matches the stored hash of " + row.id + " (" + row.owner + ")"
                : "the presented key equals " + row.id + " (" + row.owner + "), which is stored in plaintext"));
        if (isRevoked(row, now)) {
            checks.add(CheckResult.fail(REVOKED, row.id + " was revoked at "
                    + row.revoked.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            return new Authentication(checks, Optional.of(row.id));
        }
        long active = activeKeys(row.owner, now).size();
        checks.add(CheckResult.pass(REVOKED, row.id + " is active (" + active + " active key"
                + (active == 1 ? "" : "s") + " for " + row.owner + ")"));
        if (!row.scopes.contains(requiredScope)) {
            checks.add(CheckResult.fail(SCOPE, row.id + " has scopes " + new TreeSet<>(row.scopes)
                    + ", not " + requiredScope));
        } else {
            checks.add(CheckResult.pass(SCOPE, row.id + " has scope " + requiredScope));
        }
        return new Authentication(checks, Optional.of(row.id));
    }

    /** The table as a database dump shows it: what an attacker who copies the store gets. */
    public String dump() {
        StringBuilder text = new StringBuilder("id     | owner | scopes | secret (" + (storage == Storage.HASHED
                ? "sha-256 hex" : "plaintext") + ") | created | revoked\n");
        for (Row r : byId.values()) {
            text.append(r.id).append(" | ").append(r.owner).append(" | ").append(String.join(" ", new TreeSet<>(r.scopes)))
                    .append(" | ").append(r.secretColumn).append(" | ").append(r.created).append(" | ")
                    .append(r.revoked == null ? "-" : r.revoked.toString()).append('\n');
        }
        return text.toString();
    }

    /** The secret column of a row exactly as the dump shows it. */
    public String secretColumn(String id) {
        return byId.get(id).secretColumn;
    }

    /** A prefix of the key that identifies it to a person without being usable ({@code tfk_Ab3x…}). */
    public static String hint(String key) {
        return key.length() <= PREFIX.length() + 4 ? key : key.substring(0, PREFIX.length() + 4) + "…";
    }

    private static boolean isRevoked(Row row, Instant now) {
        return row.revoked != null && !now.isBefore(row.revoked);
    }

    private String column(String key) {
        return storage == Storage.HASHED ? sha256Hex(key) : key;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
