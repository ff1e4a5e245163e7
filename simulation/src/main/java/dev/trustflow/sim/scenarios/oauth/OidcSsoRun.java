package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.oauth.validation.IdTokenCheck;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run of {@link OidcSsoScenario}: the world, and Alice's single sign-on into Mail, Calendar and the quiz. */
final class OidcSsoRun {

    static final String MAIL = "mail-app";
    static final String CALENDAR = "calendar-app";
    static final String QUIZ = "quiz-app";
    private static final String QUIZ_CONSENT = "Fun Quiz wants your name and to read your calendar (openid profile"
            + " calendar:read).";

    final Simulation sim;
    final Timeline timeline;
    final OpaqueSecrets secrets;
    final AuthorizationServer server;
    final BrowserLogin browser;
    final IdTokenCheck.Strictness calendarStrictness;
    final IdTokenCheck calendarCheck;
    private final ClientApp mail;
    private final ClientApp calendar;
    private final ClientApp quiz;
    private final PathRouter calendarEndpoints;
    private final Instant start;
    private TokenResponse quizTokens;
    private String calendarIdToken;
    private int leaks;

    OidcSsoRun(Simulation sim, IdTokenCheck.Strictness calendarStrictness) {
        this.sim = sim;
        this.timeline = new Timeline(sim);
        this.secrets = new OpaqueSecrets(sim.randomness().secure());
        this.calendarStrictness = calendarStrictness;
        this.start = sim.now();
        world();
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("calendar:read", CALENDAR)),
                sim.clock(), secrets, sim.keys());
        sim.serve(AUTH, new LoginPages(timeline, server).consent(QUIZ, QUIZ_CONSENT)
                .addTo(new TokenEndpoints(sim, server).addTo(new PathRouter())));
        browser = new BrowserLogin(timeline);
        mail = client(MAIL, MAIL, "Mail", "https://mail.example/callback", Set.of("openid", "profile"),
                "openid profile", ClientApp.Protections.all());
        calendar = client(CALENDAR, CALENDAR, "Calendar", "https://calendar.example/callback",
                Set.of("openid", "profile", "calendar:read"), "openid profile",
                new ClientApp.Protections(true, true, calendarStrictness.nonce(), false));
        quiz = client(ATTACKER, QUIZ, "Fun Quiz", "https://quiz.example/callback",
                Set.of("openid", "profile", "calendar:read"), "openid profile calendar:read",
                ClientApp.Protections.all());
        calendarCheck = new IdTokenCheck(Cast.ISSUER, CALENDAR, server.jwks(), calendarStrictness);
        mail.install(sim);
        calendarEndpoints = calendar.install(sim);
        quiz.install(sim);
        relyingParty(mail, new IdTokenCheck(Cast.ISSUER, MAIL, server.jwks(), IdTokenCheck.Strictness.full()));
        relyingParty(calendar, calendarCheck);
        quiz.onSignIn((at, signIn) -> {
            quizTokens = signIn.tokens();
            return Reply.of(302, "Fun Quiz signs Alice in; its operator now holds her ID token and an access"
                    + " token for her calendar.");
        }, "Fun Quiz could not redeem the code.");
    }

    private ClientApp client(String actor, String id, String name, String callback, Set<String> allowed, String scope,
                             ClientApp.Protections protections) {
        String secret = server.clients().registerConfidential(id, name, List.of(callback), allowed);
        return new ClientApp(actor, id, callback, secret, scope, protections, secrets);
    }

    /** {@code app} signs its user in only after its own checks on the ID token it redeemed. */
    private void relyingParty(ClientApp app, IdTokenCheck check) {
        app.onSignIn((at, signIn) -> signInWithIdToken(at, app, check, signIn), app.clientId() + " could not redeem"
                + " the code.");
    }

    private Reply signInWithIdToken(Arrival at, ClientApp app, IdTokenCheck check, ClientApp.SignIn signIn) {
        String idToken = signIn.tokens().idToken().orElseThrow(() -> new IllegalStateException("no ID token"));
        if (app == calendar) {
            calendarIdToken = idToken;
        }
        Decision d = check.check(idToken, signIn.request() == null ? null : signIn.request().nonce(), at.now());
        at.checks(d.checks(), Timeline.SHOWN_BY_RELYING_PARTY);
        if (!d.accepted()) {
            CheckResult failed = d.firstFailure().orElseThrow();
            return at.refuse(401, failed, app.clientId() + " refuses the ID token.");
        }
        return Reply.of(302, app.clientId() + " reads the ID token and signs Alice in.").data("subject", d.subject());
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(MAIL, "Mail app", ActorKind.CLIENT_APP, "company");
        sim.world().actor(CALENDAR, "Calendar app", ActorKind.CLIENT_APP, "company");
        sim.world().actor(ATTACKER, "Fun Quiz app (run by the attacker)", ActorKind.ATTACKER, "internet");
        sim.world().link(BROWSER, MAIL, Channel.FRONT, Protection.TLS);
        sim.world().link(BROWSER, CALENDAR, Channel.FRONT, Protection.TLS);
        sim.world().link(BROWSER, ATTACKER, Channel.FRONT, Protection.TLS);
        Cast.backChannel(sim, MAIL, CALENDAR, ATTACKER);
        Cast.attackPaths(sim, Protection.TLS, CALENDAR);
    }

    void play() {
        sim.phase("Sign-in to Mail");
        timeline.state(AUTH, "The identity provider knows three apps: Mail and Calendar (the company's own) and Fun"
                + " Quiz (a third party).", "registered clients", server.clients().describe()).emit();
        webLogin(mail, "Alice opens Mail and clicks \"Sign in with the company account\".");
        sim.phase("Single sign-on to Calendar");
        timeline.jumpTo(start.plus(Duration.ofMinutes(1)), ALICE);
        Exchange signedIn = webLogin(calendar, "Alice opens Calendar and clicks \"Sign in\".");
        int leaked = timeline.leaked(CALENDAR, ATTACKER, "Alice's ID token for Calendar", "Calendar's error"
                + " reporter logged Alice's ID token, and the attacker can read those reports.",
                signedIn.responseSeq()).emit();
        new RelyingPartyAttacks(this, calendarEndpoints).play(calendarIdToken, start.plus(Duration.ofMinutes(2)),
                leaked);
        sim.summary().put("leaks", leaks);
    }

    /** A code flow login of Alice's browser to {@code app}, ending with the app's checks on the ID token. */
    private Exchange webLogin(ClientApp app, String caption) {
        Exchange back = browser.start(app, ALICE, BROWSER, "alice", caption);
        if (!BrowserLogin.redirectedBack(back)) {
            throw new IllegalStateException(app.clientId() + " login refused: "
                    + BrowserLogin.answer(back).firstFailure());
        }
        return browser.callback(app, BROWSER, BrowserLogin.answer(back).params(), "The browser brings the code back"
                + " to " + app.clientId() + ".", back.responseSeq());
    }

    /** The quiz app's own login for Alice, with {@code nonce} (Calendar's, if the attacker has one) in its request. */
    TokenResponse quizLogin(String nonce, int cause) {
        quiz.forceNonce(nonce);
        Exchange back = browser.start(quiz, ALICE, BROWSER, "alice", "Alice opens Fun Quiz and clicks \"Sign in"
                + " with the company account\".", cause);
        if (!BrowserLogin.redirectedBack(back)) {
            throw new IllegalStateException("quiz login refused: " + BrowserLogin.answer(back).firstFailure());
        }
        browser.callback(quiz, BROWSER, BrowserLogin.answer(back).params(), "The browser brings the code back to Fun"
                + " Quiz.", back.responseSeq());
        return quizTokens;
    }

    void leak(Exchange exchange, String what, String caption) {
        leaks++;
        timeline.leakedBy(exchange, CALENDAR, ATTACKER, what, caption);
    }
}
