package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.vault.AuditLog;
import dev.trustflow.sim.vault.EnvelopeKeys;
import dev.trustflow.sim.vault.VaultTokens;
import dev.trustflow.sim.vault.WorkloadLogin;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The vault's HTTP face: certificate login, then every other call checked by {@code vault.token}; a record's data
 * key is also checked by {@code kek.unwrap}. Every access, allowed or refused, is appended to the audit
 * log before the answer leaves, and the answer carries its audit line.
 */
final class VaultServer {

    static final String LOGIN = "/v1/auth/cert/login";
    static final String CREDS = "/v1/database/creds/" + SecretsCast.DB_ROLE;
    static final String RENEW = "/v1/sys/leases/renew";
    static final String REVOKE_SELF = "/v1/auth/token/revoke-self";
    static final String DATA_KEY = "/v1/transit/datakey/orders/";
    static final Duration TOKEN_TTL = Duration.ofHours(1);

    static final String TOKEN = "token";
    static final String CHAIN = "chain";
    static final String SIGNATURE = "signature";
    static final String SIGNED_AT = "signedAt";
    static final String KEY = "dataKey";
    static final String KEK = "kekId";
    static final String CREDENTIALS = "credentials";
    static final String LEASE = "lease";
    private static final String IDENTITY = "identity";

    private final Simulation sim;
    private final WorkloadLogin login;
    private final VaultTokens tokens;
    private final EnvelopeKeys keys;
    private final DatabaseEngine database;
    private final AuditLog audit = new AuditLog();

    VaultServer(Simulation sim, List<X509Certificate> trustedRoots, VaultTokens tokens, EnvelopeKeys keys,
                DatabaseEngine database) {
        this.sim = sim;
        this.login = new WorkloadLogin(trustedRoots);
        this.tokens = tokens;
        this.keys = keys;
        this.database = database;
    }

    void install() {
        sim.guard(SecretsCast.VAULT, this::authenticate);
        sim.serve(SecretsCast.VAULT, this::serve);
    }

    AuditLog audit() {
        return audit;
    }

    EnvelopeKeys keys() {
        return keys;
    }

    /** Appends an access made outside a request (a KEK rotation by the operator); returns its line. */
    String record(String identity, String operation, String path, String outcome, String detail) {
        return audit.append(sim.now(), identity, operation, path, outcome, detail);
    }

    private Optional<Reply> authenticate(Arrival at) {
        Request request = at.request();
        if (request.path().equals(LOGIN)) {
            @SuppressWarnings("unchecked")
            List<X509Certificate> chain = request.carried(CHAIN, List.class).orElse(List.of());
            byte[] signature = request.carried(SIGNATURE, byte[].class).orElse(new byte[0]);
            Instant signedAt = request.carried(SIGNED_AT, Instant.class).orElse(at.now());
            List<CheckResult> checks = login.verify(chain, WorkloadLogin.challenge(SecretsCast.DB_ROLE, signedAt),
                    signature, SecretsCast.ORDERS_ID, at.now());
            String presented = SecretsCast.ORDERS_ID.toString();
            if (!at.checks(checks)) {
                return Optional.of(refuse(at, 403, failed(checks), presented, "The vault refuses the login."));
            }
            request.carry(IDENTITY, presented);
            return Optional.empty();
        }
        String token = request.carried(TOKEN, String.class).orElse(null);
        CheckResult tokenCheck = tokens.check(token, at.now());
        String identity = tokens.identity(token).orElse("anonymous");
        if (!at.check(tokenCheck)) {
            return Optional.of(refuse(at, 403, tokenCheck, identity, "The vault refuses: " + tokenCheck.reason()
                    + "."));
        }
        request.carry(IDENTITY, identity);
        if (request.method().equals("GET") && request.path().startsWith(DATA_KEY)) {
            EnvelopeKeys.Lookup lookup = keys.dataKey(recordOf(request));
            if (!at.check(lookup.check())) {
                return Optional.of(refuse(at, 404, lookup.check(), identity, "The vault has no data key for "
                        + recordOf(request) + " any more."));
            }
            request.carry(KEY, lookup.key().orElseThrow()).carry(KEK, lookup.kekId().orElseThrow());
        }
        return Optional.empty();
    }

    private Reply serve(Arrival at) {
        Request request = at.request();
        String identity = request.carried(IDENTITY, String.class).orElseThrow();
        if (request.path().equals(LOGIN)) {
            String token = tokens.issue(identity, at.now(), TOKEN_TTL);
            return answer(at, 200, "The vault issues a client token, valid one hour.", identity, "ok",
                    "token ttl 1h").carry(TOKEN, token);
        }
        if (request.path().equals(REVOKE_SELF)) {
            tokens.revoke(request.carried(TOKEN, String.class).orElseThrow());
            return answer(at, 204, "The vault revokes the token.", identity, "ok", "token revoked");
        }
        if (request.path().startsWith(DATA_KEY)) {
            return dataKey(at, request, identity);
        }
        if (request.path().equals(CREDS)) {
            DatabaseEngine.Issued issued = database.issue(at.now());
            return answer(at, 200, "The vault creates a database role and returns it with a 15-minute lease.",
                    identity, "ok", "lease " + issued.lease().id()).carry(CREDENTIALS, issued);
        }
        String leaseId = request.carried(LEASE, String.class).orElseThrow();
        return database.renew(leaseId, at.now())
                .map(lease -> answer(at, 200, "The vault renews the lease until " + lease.expires() + ".", identity,
                        "ok", "lease " + leaseId + " renewed").carry(LEASE, lease))
                .orElseGet(() -> answer(at, 400, "The vault cannot renew a lease that has ended.", identity,
                        "refused", "lease " + leaseId + " has ended"));
    }

    private Reply dataKey(Arrival at, Request request, String identity) {
        String record = recordOf(request);
        switch (request.method()) {
            case "POST":
                SecretKey fresh = keys.newDataKey(record);
                return answer(at, 200, "The vault returns a fresh data key, and keeps it wrapped by "
                        + keys.currentKek() + ".", identity, "ok", "new data key for " + record + ", wrapped by "
                        + keys.currentKek()).carry(KEY, fresh).carry(KEK, keys.currentKek());
            case "DELETE":
                keys.shred(record);
                return answer(at, 204, "The vault destroys " + record + "'s data key.", identity, "ok",
                        "data key of " + record + " destroyed");
            default:
                String kek = request.carried(KEK, String.class).orElseThrow();
                return answer(at, 200, "The vault unwraps " + record + "'s data key with " + kek + ".", identity,
                        "ok", "data key of " + record + " unwrapped with " + kek)
                        .carry(KEY, request.carried(KEY, SecretKey.class).orElseThrow()).carry(KEK, kek);
        }
    }

    private Reply answer(Arrival at, int status, String caption, String identity, String outcome, String detail) {
        String line = audit.append(at.now(), identity, at.request().method(), at.request().path(), outcome, detail);
        return Reply.of(status, caption).artifact(Artifact.text("audit log line", line));
    }

    private Reply refuse(Arrival at, int status, CheckResult failed, String identity, String caption) {
        String line = audit.append(at.now(), identity, at.request().method(), at.request().path(), "denied",
                failed.check());
        return at.refuse(status, failed, caption).artifact(Artifact.text("audit log line", line));
    }

    private static CheckResult failed(List<CheckResult> checks) {
        return checks.stream().filter(c -> !c.passed()).findFirst().orElseThrow();
    }

    static String recordOf(Request request) {
        return request.path().substring(DATA_KEY.length());
    }
}
