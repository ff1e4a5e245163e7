package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.PasswordHasher;
import dev.trustflow.sim.credentials.TokenBucketLimiter;
import dev.trustflow.sim.credentials.Totp;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.credentials.CredentialStuffer.Guess;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Protection;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Credential stuffing against a login endpoint: a leaked email/password list, then password guessing against
 * one account, while the real Carol logs in with her password and her authenticator app. MFA, a per-account
 * limit, a per-IP limit and uniform error messages are the what-ifs.
 */
public final class MfaRateLimitScenario implements Scenario {

    static final String CAROL = "carol";
    static final String CAROL_EMAIL = "carol@example.com";
    static final String CAROL_IP = "198.51.100.42";
    static final String CAROL_PASSWORD = "carol-password";
    static final String MFA = "mfa";
    static final String RATE_LIMIT = "rate-limit";
    static final String PER_IP_LIMIT = "per-ip-limit";
    static final String UNIFORM_ERRORS = "uniform-errors";
    static final long PER_IP_ATTEMPTS = 10;
    static final Duration LIMIT_WINDOW = Duration.ofMinutes(15);

    /** The accounts of this site and their real passwords (the simulation's ground truth). */
    static final Map<String, String> ACCOUNTS = Map.of(
            "alice@example.com", "tulips-and-tea-at-noon",
            "bob@example.com", "sunshine2019",
            CAROL_EMAIL, "Winter2025!",
            "dave@example.com", "plain old dave 42");
    static final List<Guess> LEAKED = List.of(
            new Guess("erin@example.com", "erin1988"),
            new Guess("bob@example.com", "sunshine2019"),
            new Guess("frank@example.com", "Frankie!"),
            new Guess(CAROL_EMAIL, "Summer2024!"),
            new Guess("grace@example.com", "gracie77"),
            new Guess("alice@example.com", "tulips&tea"),
            new Guess("heidi@example.com", "h3idi"));
    static final List<String> COMMON_PASSWORDS = List.of("123456", "password", "qwerty123", "iloveyou",
            "Password1", "welcome1", "letmein", "Summer2025!", "Winter2025!", "football", "monkey123", "dragon");

    /**
     * The site's user table, hashed by this scenario's first run and kept for the next ones (see
     * {@link #users}). Not static: it lives as long as the catalog that holds this scenario.
     */
    private UserTable stored;

    /**
     * The user table as the site has it stored before anyone logs in: five real bcrypt hashes (four accounts
     * and the dummy), 5 of the 23 bcrypt operations of a default run, computed once and not again on every
     * what-if toggle, just as the real site does not re-register its users before each login. Every login
     * still runs real bcrypt against these hashes. Their salts come from the first run's secure randomness;
     * they never decide an outcome.
     */
    private synchronized UserTable users(SecureRandom random) {
        if (stored == null) {
            stored = UserTable.hash(ACCOUNTS, new PasswordHasher(PasswordHasher.SIMULATION_COST, random));
        }
        return stored;
    }

    @Override
    public String id() {
        return "mfa-and-rate-limits";
    }

    @Override
    public String title() {
        return "Credential stuffing: MFA and rate limits";
    }

    @Override
    public String description() {
        return "An attacker tries passwords leaked from another website against our login, then guesses common "
                + "passwords for one account. Passwords are checked with real bcrypt and codes with real TOTP; "
                + "MFA, rate limits and identical error messages each change what the attacker gets.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool(MFA, false, "MFA (TOTP)",
                        "After the password, every account also needs the 6-digit code from its authenticator app."),
                OptionSpec.number(RATE_LIMIT, 0, 0, 100, "Attempts per account",
                        "Login attempts allowed per account per 15 minutes (0 turns the limit off)."),
                OptionSpec.bool(PER_IP_LIMIT, false, "Per-IP limit",
                        "At most " + PER_IP_ATTEMPTS + " login attempts per 15 minutes from one IP address."),
                OptionSpec.bool(UNIFORM_ERRORS, false, "Same error for every failure",
                        "Unknown email and wrong password get the same answer, so accounts cannot be enumerated."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        declareWorld(sim);
        sim.phase("Carol signs in");
        SecureRandom random = sim.randomness().secure();
        UserTable users = users(random);
        Optional<TokenBucketLimiter> perIp = options.flag(PER_IP_LIMIT)
                ? Optional.of(new TokenBucketLimiter("per IP", PER_IP_ATTEMPTS, LIMIT_WINDOW, sim.clock()))
                : Optional.empty();
        long perAccountAttempts = options.number(RATE_LIMIT);
        Optional<TokenBucketLimiter> perAccount = perAccountAttempts > 0
                ? Optional.of(new TokenBucketLimiter("per account", perAccountAttempts, LIMIT_WINDOW, sim.clock()))
                : Optional.empty();
        LoginService login = new LoginService(sim, users, perIp, perAccount, options.flag(UNIFORM_ERRORS));
        login.install();
        sim.event("accounts.stored", LoginService.ID).to(LoginService.USER_DB)
                .caption("The user database holds " + users.size()
                        + " accounts; each password is stored only as a bcrypt hash.")
                .data("bcryptCost", users.cost())
                .artifact(Artifact.text("user table", users.asText()))
                .gives(CAROL, new Credential(CAROL_PASSWORD, Credential.Kind.PASSWORD, "Carol's password",
                        Set.of(LoginService.ID), null))
                .emit();

        Totp carolsApp = Totp.enroll(random, Totp.Algorithm.SHA1);
        if (options.flag(MFA)) {
            ACCOUNTS.keySet().stream().sorted().forEach(email -> login.enroll(email,
                    email.equals(CAROL_EMAIL) ? carolsApp : Totp.enroll(random, Totp.Algorithm.SHA1)));
            sim.tick(Duration.ofSeconds(5));
            sim.event(EventKinds.KEY_CREATED, LoginService.ID).to(CAROL)
                    .caption("Carol scans a QR code: her authenticator app and the site now share a TOTP secret.")
                    .artifact(Artifact.text("enrolment QR code content", carolsApp.otpauthUri("TrustFlow", CAROL_EMAIL)))
                    .gives(CAROL, new Credential("carol-totp-secret", Credential.Kind.SECRET,
                            "Carol's TOTP secret (in her authenticator app)", Set.of(LoginService.ID), null))
                    .emit();
        }

        sim.tick(Duration.ofSeconds(25));
        login.login(CAROL, CAROL_IP, CAROL_EMAIL, ACCOUNTS.get(CAROL_EMAIL),
                "Carol logs in with her email and password.", carolsApp::codeAt);

        sim.tick(Duration.ofSeconds(30));
        CredentialStuffer attacker = new CredentialStuffer(sim, login);
        attacker.stuff(LEAKED);
        attacker.resumeAfterLimit();
        attacker.enumerate().ifPresent(target -> attacker.guess(target, COMMON_PASSWORDS));

        sim.tick(Duration.ofSeconds(20));
        sim.phase("Carol signs in again");
        LoginService.Attempt carolAgain = login.login(CAROL, CAROL_IP, CAROL_EMAIL, ACCOUNTS.get(CAROL_EMAIL),
                "Meanwhile the real Carol logs in again from her laptop.", carolsApp::codeAt);
        if (carolAgain.outcome() == LoginService.Outcome.RATE_LIMITED) {
            sim.event("user.locked-out", LoginService.ID).to(CAROL).cause(carolAgain.exchange().lastSeq())
                    .caption("The per-account limit locks out the real Carol too: an attacker can use it to "
                            + "block a user.").emit();
        }
        attacker.resumeAfterLimit();

        sim.summary().put("attempts", attacker.attempts());
        sim.summary().put("accountsTakenOver", List.copyOf(attacker.takenOver()));
        sim.summary().put("bcryptCost", users.cost());
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(CAROL, "Carol (a real user)", ActorKind.USER, "internet");
        sim.world().actor(Attacker.ID, "Attacker with a leaked list", ActorKind.ATTACKER, "internet");
        sim.world().actor(LoginService.ID, "Login service", ActorKind.SERVICE, "dmz");
        sim.world().actor(LoginService.USER_DB, "User database", ActorKind.DATABASE, "internal");
        sim.world().link(CAROL, LoginService.ID, Channel.FRONT, Protection.TLS);
        sim.world().link(Attacker.ID, LoginService.ID, Channel.ATTACK, Protection.TLS);
        sim.world().link(LoginService.ID, LoginService.USER_DB, Channel.BACK);
    }
}
