package dev.trustflow.sim.vault;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vault's client tokens: an opaque random token per login, stored as its SHA-256 hash with the identity it
 * stands for and its end on the virtual clock. Every request after login is checked by {@code vault.token}.
 */
public final class VaultTokens {

    /** The check id of a request's vault token. */
    public static final String CHECK = "vault.token";

    private record Entry(String identity, Instant expires, boolean revoked) {
    }

    private final OpaqueSecrets secrets;
    private final Map<String, Entry> byHash = new HashMap<>();

    public VaultTokens(OpaqueSecrets secrets) {
        this.secrets = secrets;
    }

    /** A new token for {@code identity}, valid for {@code ttl} from {@code at}. */
    public String issue(String identity, Instant at, Duration ttl) {
        String token = secrets.next("hvs.", 24);
        byHash.put(OpaqueSecrets.hash(token), new Entry(identity, at.plus(ttl), false));
        return token;
    }

    /** The identity a live token stands for. */
    public Optional<String> identity(String token) {
        return Optional.ofNullable(token == null ? null : byHash.get(OpaqueSecrets.hash(token))).map(Entry::identity);
    }

    public boolean revoke(String token) {
        String hash = OpaqueSecrets.hash(token);
        Entry entry = byHash.get(hash);
        if (entry == null || entry.revoked()) {
            return false;
        }
        byHash.put(hash, new Entry(entry.identity(), entry.expires(), true));
        return true;
    }

    /** The {@code vault.token} check of a request carrying {@code token} at {@code at}. */
    public CheckResult check(String token, Instant at) {
        Entry entry = token == null ? null : byHash.get(OpaqueSecrets.hash(token));
        if (entry == null) {
            return CheckResult.fail(CHECK, "no vault token, or one the vault never issued");
        }
        if (entry.revoked()) {
            return CheckResult.fail(CHECK, "the vault token of " + entry.identity() + " was revoked");
        }
        if (at.isAfter(entry.expires())) {
            return CheckResult.fail(CHECK, "the vault token of " + entry.identity() + " expired at "
                    + entry.expires());
        }
        return CheckResult.pass(CHECK, "a live vault token of " + entry.identity() + ", valid until "
                + entry.expires());
    }
}
