package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.credentials.PasswordHasher;
import dev.trustflow.sim.credentials.TokenBucketLimiter;
import dev.trustflow.sim.credentials.Totp;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The login endpoint of the {@code mfa-and-rate-limits} scenario. Its guard applies the rate limits (per IP, per
 * account) to {@code POST /login}; its handler runs a real bcrypt check (against a dummy hash for an unknown
 * address, so both take as long), then, on {@code POST /login/mfa}, a real TOTP check when MFA is on. What the
 * caller learns is only the response body.
 */
final class LoginService {

    static final String ID = "login-api";
    static final String USER_DB = "user-db";
    static final String UNIFORM_ERROR = "Invalid email or password.";
    static final String UNKNOWN_USER = "No account with this email.";
    static final String WRONG_PASSWORD = "Wrong password.";
    static final String TOO_MANY = "Too many attempts. Try again later.";
    private static final String LOGIN = "/login";
    private static final String MFA_STEP = "/login/mfa";
    private static final String FORM = "form";
    private static final String BODY = "body";
    private static final String OUTCOME = "outcome";

    enum Outcome { RATE_LIMITED, REFUSED, MFA_REQUIRED, MFA_FAILED, LOGGED_IN }

    /** What one login produced: the outcome, the body the caller saw, and the last exchange it took. */
    record Attempt(Outcome outcome, String body, Exchange exchange) {
    }

    /** What a login form sends: the address, the caller's IP, and the password or the code typed. */
    private record Form(String email, String ip, String secret) {
    }

    private final Simulation sim;
    private final UserTable users;
    private final Map<String, Totp> authenticators = new HashMap<>();
    private final Map<String, Long> lastTotpStep = new HashMap<>();
    private final Optional<TokenBucketLimiter> perIp;
    private final Optional<TokenBucketLimiter> perAccount;
    private final boolean uniformErrors;
    private final Set<String> alerted = new HashSet<>();

    LoginService(Simulation sim, UserTable users, Optional<TokenBucketLimiter> perIp,
                 Optional<TokenBucketLimiter> perAccount, boolean uniformErrors) {
        this.sim = sim;
        this.users = users;
        this.perIp = perIp;
        this.perAccount = perAccount;
        this.uniformErrors = uniformErrors;
    }

    /** Puts the rate limits and the login handler into the world. */
    void install() {
        sim.guard(ID, this::rateLimits);
        sim.serve(ID, this::handle);
    }

    void enroll(String email, Totp authenticator) {
        authenticators.put(email, authenticator);
    }

    /**
     * One login: {@code from} at {@code ip} sends {@code email} and {@code password}; if a second factor is asked
     * for, {@code codeAt} gives the code the caller types at that moment.
     */
    Attempt login(String from, String ip, String email, String password, String caption,
                  Function<Instant, String> codeAt) {
        Exchange first = sim.send(post(from, LOGIN, new Form(email, ip, password)).caption(caption));
        Attempt attempt = attempt(first);
        if (attempt.outcome() != Outcome.MFA_REQUIRED) {
            return attempt;
        }
        sim.tick(Duration.ofSeconds(4));
        Exchange second = sim.send(post(from, MFA_STEP, new Form(email, ip, codeAt.apply(sim.now())))
                .causedBy(first.responseSeq())
                .caption(from.equals(MfaRateLimitScenario.CAROL) ? "Carol types the code her authenticator app shows."
                        : "The attacker has no authenticator app for this account, so it guesses a code."));
        return attempt(second);
    }

    /** {@code form} posted to {@code path}: the address and IP shown in the trace, the secret only carried. */
    private static Request post(String sender, String path, Form form) {
        return Request.post(sender, ID, path).data("account", form.email()).data("ip", form.ip()).carry(FORM, form);
    }

    private static Form form(Arrival at) {
        return at.request().carried(FORM, Form.class).orElseThrow();
    }

    private static Attempt attempt(Exchange exchange) {
        return new Attempt(exchange.carried(OUTCOME, Outcome.class).orElseThrow(),
                exchange.carried(BODY, String.class).orElseThrow(), exchange);
    }

    private Optional<Reply> rateLimits(Arrival at) {
        if (!at.request().path().equals(LOGIN)) {
            return Optional.empty();
        }
        Form form = form(at);
        return limited(at, perIp, form.ip(), "from " + form.ip())
                .or(() -> limited(at, perAccount, form.email(), "for " + form.email()));
    }

    private Optional<Reply> limited(Arrival at, Optional<TokenBucketLimiter> limiter, String key, String what) {
        if (limiter.isEmpty()) {
            return Optional.empty();
        }
        CheckResult result = limiter.get().tryAcquire(key);
        int seq = Refusals.check(at, result);
        if (result.passed()) {
            return Optional.empty();
        }
        raiseOnce(at, "limit " + key, "Too many login attempts " + what + ": further attempts are refused for now.",
                result, seq);
        return Optional.of(answer(Refusals.refuse(at, 429, result, seq, caption(429, TOO_MANY)), TOO_MANY,
                Outcome.RATE_LIMITED));
    }

    private Reply handle(Arrival at) {
        return at.request().path().equals(MFA_STEP) ? secondFactor(at) : password(at);
    }

    private Reply password(Arrival at) {
        String email = form(at).email();
        String password = form(at).secret();
        Optional<String> stored = users.hashOf(email);
        CheckResult check = stored.map(hash -> PasswordHasher.verify(email, hash, password))
                .orElseGet(() -> unknownAccount(email, password));
        int seq = Refusals.check(at, check);
        if (!check.passed()) {
            String body = uniformErrors ? UNIFORM_ERROR : stored.isEmpty() ? UNKNOWN_USER : WRONG_PASSWORD;
            return answer(Refusals.refuse(at, 401, check, seq, caption(401, body)), body, Outcome.REFUSED);
        }
        if (!authenticators.containsKey(email)) {
            return welcome(email);
        }
        String body = "Password accepted. Enter the 6-digit code from your authenticator app.";
        return answer(Reply.of(200, caption(200, body)), body, Outcome.MFA_REQUIRED);
    }

    private Reply secondFactor(Arrival at) {
        String email = form(at).email();
        Totp.Verification verification = authenticators.get(email).verify(form(at).secret(), at.now(), 1,
                lastTotpStep.getOrDefault(email, -1L));
        CheckResult result = verification.result();
        int seq = Refusals.check(at, result);
        if (!result.passed()) {
            raiseOnce(at, "mfa " + email, "Right password but wrong code for " + email
                    + ": the password has probably leaked, so the user is told to change it.", result, seq);
            return answer(Refusals.refuse(at, 401, result, seq, caption(401, "Wrong code.")), "Wrong code.",
                    Outcome.MFA_FAILED);
        }
        lastTotpStep.put(email, verification.counter());
        return welcome(email);
    }

    private CheckResult unknownAccount(String email, String password) {
        PasswordHasher.matches(users.dummyHash(), password);
        return CheckResult.fail(PasswordHasher.CHECK, "there is no account " + email
                + "; the password was still run through bcrypt against a dummy hash, so the answer takes as long");
    }

    private void raiseOnce(Arrival at, String key, String caption, CheckResult failed, int failedSeq) {
        if (alerted.add(key)) {
            at.event(EventKinds.ALERT_RAISED).cause(failedSeq).caption(caption)
                    .data(DataKeys.CHECK, failed.check()).emit();
        }
    }

    private static Reply welcome(String email) {
        String body = "Welcome, " + email + ".";
        return answer(Reply.of(200, caption(200, body)), body, Outcome.LOGGED_IN);
    }

    private static Reply answer(Reply reply, String body, Outcome outcome) {
        return reply.data(BODY, body).carry(BODY, body).carry(OUTCOME, outcome);
    }

    private static String caption(int status, String body) {
        return "The login service answers " + status + ": \"" + body + "\"";
    }
}
