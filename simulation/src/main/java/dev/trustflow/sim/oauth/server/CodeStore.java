package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authorization codes: random, short-lived, one-time, each stored (under its hash) with what the authorization
 * request said: client, redirect URI, scope, PKCE challenge, nonce. A second redemption is refused and
 * revokes what the first one issued (RFC 6749 section 4.1.2).
 */
public final class CodeStore {

    public static final String CODE = "oauth.code";
    public static final String REUSE = "oauth.code-reuse";

    /** What a code stands for. */
    public static final class Grant {
        private final int number;
        private final String clientId;
        private final String subject;
        private final AuthorizationRequest request;
        private final Instant authTime;
        private final Instant expiresAt;
        private final List<String> issuedTokenIds = new ArrayList<>();
        private boolean redeemed;

        Grant(int number, String clientId, String subject, AuthorizationRequest request, Instant authTime,
              Instant expiresAt) {
            this.number = number;
            this.clientId = clientId;
            this.subject = subject;
            this.request = request;
            this.authTime = authTime;
            this.expiresAt = expiresAt;
        }

        public String clientId() {
            return clientId;
        }

        public String subject() {
            return subject;
        }

        public AuthorizationRequest request() {
            return request;
        }

        public Instant authTime() {
            return authTime;
        }

        /** Token ids ({@code jti}) and refresh families issued from this code, to revoke on reuse. */
        public List<String> issuedTokenIds() {
            return issuedTokenIds;
        }

        public void recordIssued(String tokenId) {
            issuedTokenIds.add(tokenId);
        }
    }

    /** The outcome of presenting a code: the checks that ran and, when they all passed, the grant. */
    public record Redemption(List<CheckResult> checks, Optional<Grant> grant, Optional<Grant> reusedGrant) {
    }

    private final OpaqueSecrets secrets;
    private final Duration lifetime;
    private final Map<String, Grant> byHash = new LinkedHashMap<>();

    public CodeStore(OpaqueSecrets secrets, Duration lifetime) {
        this.secrets = secrets;
        this.lifetime = lifetime;
    }

    public String issue(String subject, AuthorizationRequest request, Instant authTime, Instant now) {
        String code = secrets.next("code_", 24);
        byHash.put(OpaqueSecrets.hash(code), new Grant(byHash.size() + 1, request.clientId(), subject, request,
                authTime, now.plus(lifetime)));
        return code;
    }

    /** Looks a code up for {@code clientId}: known, issued to that client, fresh, not yet exchanged. */
    public Redemption redeem(String code, String clientId, Instant now) {
        List<CheckResult> checks = new ArrayList<>();
        Grant grant = code == null ? null : byHash.get(OpaqueSecrets.hash(code));
        if (grant == null) {
            checks.add(CheckResult.fail(CODE, "no authorization code with this value was issued"));
            return new Redemption(checks, Optional.empty(), Optional.empty());
        }
        if (!grant.clientId.equals(clientId)) {
            checks.add(CheckResult.fail(CODE, "code #" + grant.number + " was issued to " + grant.clientId
                    + ", not to " + clientId));
            return new Redemption(checks, Optional.empty(), Optional.empty());
        }
        if (!now.isBefore(grant.expiresAt)) {
            checks.add(CheckResult.fail(CODE, "code #" + grant.number + " expired at " + grant.expiresAt));
            return new Redemption(checks, Optional.empty(), Optional.empty());
        }
        checks.add(CheckResult.pass(CODE, "code #" + grant.number + " was issued to " + clientId + " and is"
                + " still fresh (valid until " + grant.expiresAt + ")"));
        if (grant.redeemed) {
            checks.add(CheckResult.fail(REUSE, "code #" + grant.number + " was already exchanged once; a code is"
                    + " one-time, so this request is refused"));
            return new Redemption(checks, Optional.empty(), Optional.of(grant));
        }
        checks.add(CheckResult.pass(REUSE, "code #" + grant.number + " has not been exchanged before"));
        return new Redemption(checks, Optional.of(grant), Optional.empty());
    }

    /** Spends a code once every check of its exchange passed; a failed attempt leaves it to its rightful client. */
    public void spend(Grant grant) {
        grant.redeemed = true;
    }

    /** Codes issued so far, for the inspector: number, client, user, PKCE challenge, used or not. */
    public String describe(Instant now) {
        StringBuilder s = new StringBuilder("authorization codes (stored as SHA-256 hashes):\n");
        byHash.forEach((hash, g) -> s.append("  #").append(g.number).append(" sha256=")
                .append(OpaqueSecrets.shortHash(hash)).append(" client=").append(g.clientId)
                .append(" user=").append(g.subject)
                .append(" challenge=").append(g.request.codeChallenge() == null ? "none" : g.request.codeChallenge())
                .append(g.redeemed ? " used" : now.isBefore(g.expiresAt) ? " unused" : " expired").append('\n'));
        return s.toString();
    }
}
