package dev.trustflow.sim.oauth.session;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side sessions: the browser holds a random session id in a cookie, the store holds (under the id's
 * SHA-256) who it belongs to and until when. Every request costs a lookup, and deleting the entry ends the
 * session at once.
 */
public final class SessionStore {

    public static final String CHECK = "session.lookup";

    /** One stored session. */
    public record Entry(String subject, Instant createdAt, Instant expiresAt) {
    }

    /** A lookup's outcome: the check to show, and the session when it passed. */
    public record Lookup(CheckResult check, Optional<Entry> session) {
    }

    private final OpaqueSecrets secrets;
    private final String name;
    private final Map<String, Entry> byHash = new LinkedHashMap<>();
    private int lookups;

    /** @param name what the store is called in reasons ("session store", "single sign-on session") */
    public SessionStore(OpaqueSecrets secrets, String name) {
        this.secrets = secrets;
        this.name = name;
    }

    /** Creates a session and returns its id (the cookie value); only the hash is stored. */
    public String create(String subject, Instant now, Duration ttl) {
        String id = secrets.next("sid_", 24);
        byHash.put(OpaqueSecrets.hash(id), new Entry(subject, now, now.plus(ttl)));
        return id;
    }

    public Lookup lookup(String sessionId, Instant now) {
        lookups++;
        if (sessionId == null) {
            return new Lookup(CheckResult.fail(CHECK, "no session cookie was sent"), Optional.empty());
        }
        Entry entry = byHash.get(OpaqueSecrets.hash(sessionId));
        if (entry == null) {
            return new Lookup(CheckResult.fail(CHECK, "the " + name + " has no session with this id (it was"
                    + " deleted or never existed)"), Optional.empty());
        }
        if (!now.isBefore(entry.expiresAt())) {
            return new Lookup(CheckResult.fail(CHECK, "the " + name + " entry expired at " + entry.expiresAt()),
                    Optional.empty());
        }
        return new Lookup(CheckResult.pass(CHECK, "the " + name + " has a live session for " + entry.subject()
                + " until " + entry.expiresAt()), Optional.of(entry));
    }

    /** Ends a session; returns whether there was one. */
    public boolean destroy(String sessionId) {
        return sessionId != null && byHash.remove(OpaqueSecrets.hash(sessionId)) != null;
    }

    /** Ends every session of a subject (a ban); returns how many. */
    public int destroyAll(String subject) {
        int before = byHash.size();
        byHash.values().removeIf(e -> e.subject().equals(subject));
        return before - byHash.size();
    }

    public int size() {
        return byHash.size();
    }

    /** How many lookups the store has answered (the cost of instant revocation). */
    public int lookups() {
        return lookups;
    }

    /** The store's contents for the inspector: id hashes, owners and expiries. */
    public String describe() {
        if (byHash.isEmpty()) {
            return name + ": empty\n";
        }
        StringBuilder s = new StringBuilder(name).append(":\n");
        byHash.forEach((hash, e) -> s.append("  sha256=").append(OpaqueSecrets.shortHash(hash)).append(" -> ")
                .append(e.subject()).append(", expires ").append(e.expiresAt()).append('\n'));
        return s.toString();
    }
}
