package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.PasswordHasher;
import dev.trustflow.sim.credentials.TokenBucketLimiter;
import dev.trustflow.sim.credentials.Totp;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The login endpoint of the {@code mfa-and-rate-limits} scenario: rate limits (per IP, per account), a real
 * bcrypt check (against a dummy hash for an unknown address, so both take as long), then a real TOTP check when
 * MFA is on. What the caller learns is only the response body.
 */
final class LoginService {

    static final String ID = "login-api";
    static final String USER_DB = "user-db";
    static final String UNIFORM_ERROR = "Invalid email or password.";
    static final String UNKNOWN_USER = "No account with this email.";
    static final String WRONG_PASSWORD = "Wrong password.";

    enum Outcome { RATE_LIMITED, REFUSED, MFA_FAILED, LOGGED_IN }

    /** What one attempt produced: the outcome and the body the caller saw. */
    record Attempt(Outcome outcome, String body) {
    }

    private final Simulation sim;
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private final Map<String, Totp> authenticators = new HashMap<>();
    private final Map<String, Long> lastTotpStep = new HashMap<>();
    private final Optional<TokenBucketLimiter> perIp;
    private final Optional<TokenBucketLimiter> perAccount;
    private final boolean uniformErrors;
    private final Set<String> alerted = new HashSet<>();
    private final String dummyHash;

    LoginService(Simulation sim, PasswordHasher hasher, Optional<TokenBucketLimiter> perIp,
                 Optional<TokenBucketLimiter> perAccount, boolean uniformErrors) {
        this.sim = sim;
        this.perIp = perIp;
        this.perAccount = perAccount;
        this.uniformErrors = uniformErrors;
        this.dummyHash = hasher.hash("dummy password for unknown accounts");
    }

    void register(String email, String bcryptHash) {
        hashes.put(email, bcryptHash);
    }

    void enroll(String email, Totp authenticator) {
        authenticators.put(email, authenticator);
    }

    Map<String, String> hashes() {
        return hashes;
    }

    /**
     * One login: {@code from} at {@code ip} sends {@code email} and {@code password}; if a second factor is asked
     * for, {@code codeAt} gives the code the caller types at that moment.
     */
    Attempt login(String from, String ip, String email, String password, String caption,
                  Function<Instant, String> codeAt) {
        sim.event(EventKinds.HTTP_REQUEST, from).to(ID).caption(caption)
                .data("method", "POST").data("path", "/login").data("account", email).data("ip", ip).emit();
        sim.tick(Duration.ofMillis(30));
        if (limited(perIp, ip, "from " + ip) || limited(perAccount, email, "for " + email)) {
            return respond(from, 429, "Too many attempts. Try again later.", Outcome.RATE_LIMITED);
        }
        String stored = hashes.get(email);
        CheckResult passwordCheck = stored != null ? PasswordHasher.verify(email, stored, password)
                : unknownAccount(email, password);
        sim.tick(Duration.ofMillis(5));
        sim.check(ID, passwordCheck);
        if (!passwordCheck.passed()) {
            String body = uniformErrors ? UNIFORM_ERROR : stored == null ? UNKNOWN_USER : WRONG_PASSWORD;
            return respond(from, 401, body, Outcome.REFUSED);
        }
        Totp totp = authenticators.get(email);
        if (totp == null) {
            return respond(from, 200, "Welcome, " + email + ".", Outcome.LOGGED_IN);
        }
        respond(from, 200, "Password accepted. Enter the 6-digit code from your authenticator app.", null);
        sim.tick(Duration.ofSeconds(4));
        String code = codeAt.apply(sim.now());
        sim.event(EventKinds.HTTP_REQUEST, from).to(ID).caption(from.equals(MfaRateLimitScenario.CAROL)
                        ? "Carol types the code her authenticator app shows." : "The attacker has no authenticator "
                        + "app for this account, so it guesses a code.")
                .data("method", "POST").data("path", "/login/mfa").data("account", email).data("ip", ip).emit();
        sim.tick(Duration.ofMillis(30));
        Totp.Verification verification = totp.verify(code, sim.now(), 1, lastTotpStep.getOrDefault(email, -1L));
        sim.check(ID, verification.result());
        if (!verification.result().passed()) {
            raiseOnce("mfa " + email, "Right password but wrong code for " + email
                    + ": the password has probably leaked, so the user is told to change it.", Totp.CHECK);
            return respond(from, 401, "Wrong code.", Outcome.MFA_FAILED);
        }
        lastTotpStep.put(email, verification.counter());
        return respond(from, 200, "Welcome, " + email + ".", Outcome.LOGGED_IN);
    }

    private CheckResult unknownAccount(String email, String password) {
        PasswordHasher.matches(dummyHash, password);
        return CheckResult.fail(PasswordHasher.CHECK, "there is no account " + email
                + "; the password was still run through bcrypt against a dummy hash, so the answer takes as long");
    }

    private boolean limited(Optional<TokenBucketLimiter> limiter, String key, String what) {
        if (limiter.isEmpty()) {
            return false;
        }
        CheckResult result = limiter.get().tryAcquire(key);
        sim.tick(Duration.ofMillis(2));
        sim.check(ID, result);
        if (!result.passed()) {
            raiseOnce("limit " + key, "Too many login attempts " + what + ": further attempts are refused for now.",
                    TokenBucketLimiter.CHECK);
        }
        return !result.passed();
    }

    private void raiseOnce(String key, String caption, String cause) {
        if (alerted.add(key)) {
            sim.event(EventKinds.ALERT_RAISED, ID).caption(caption).data("cause", cause).emit();
        }
    }

    private Attempt respond(String to, int status, String body, Outcome outcome) {
        sim.tick(Duration.ofMillis(10));
        sim.event(EventKinds.HTTP_RESPONSE, ID).to(to).caption("The login service answers " + status + ": \""
                        + body + "\"").data("status", status).data("body", body).emit();
        return new Attempt(outcome, body);
    }
}
