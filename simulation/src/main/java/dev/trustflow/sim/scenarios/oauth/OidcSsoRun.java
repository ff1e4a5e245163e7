package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.oauth.validation.IdTokenCheck;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
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

    final Simulation sim;
    final Wire wire;
    final OpaqueSecrets secrets = new OpaqueSecrets();
    final AuthorizationServer server;
    final LoginFlow flow;
    final IdTokenCheck.Strictness calendarStrictness;
    final IdTokenCheck calendarCheck;
    private final ClientApp mail;
    private final ClientApp calendar;
    final ClientApp quiz;
    private final Instant start;
    private int leaks;

    OidcSsoRun(Simulation sim, IdTokenCheck.Strictness calendarStrictness) {
        this.sim = sim;
        this.wire = new Wire(sim);
        this.calendarStrictness = calendarStrictness;
        this.start = sim.now();
        world();
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("calendar:read", CALENDAR)),
                sim.clock(), secrets);
        flow = new LoginFlow(wire, server);
        mail = client(MAIL, MAIL, "Mail", "https://mail.example/callback", Set.of("openid", "profile"),
                "openid profile", ClientApp.Protections.all());
        calendar = client(CALENDAR, CALENDAR, "Calendar", "https://calendar.example/callback",
                Set.of("openid", "profile", "calendar:read"), "openid profile",
                new ClientApp.Protections(true, true, calendarStrictness.nonce(), false));
        quiz = client(ATTACKER, QUIZ, "Fun Quiz", "https://quiz.example/callback",
                Set.of("openid", "profile", "calendar:read"), "openid profile calendar:read",
                ClientApp.Protections.all());
        calendarCheck = new IdTokenCheck(Cast.ISSUER, CALENDAR, server.jwks(), calendarStrictness);
    }

    private ClientApp client(String actor, String id, String name, String callback, Set<String> allowed, String scope,
                             ClientApp.Protections protections) {
        String secret = server.clients().registerConfidential(id, name, List.of(callback), allowed);
        return new ClientApp(actor, id, callback, secret, scope, protections, secrets);
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(MAIL, "Mail app", ActorKind.CLIENT_APP, "company");
        sim.world().actor(CALENDAR, "Calendar app", ActorKind.CLIENT_APP, "company");
        sim.world().actor(ATTACKER, "Fun Quiz app (run by the attacker)", ActorKind.ATTACKER, "internet");
        sim.world().link(BROWSER, MAIL, Channel.FRONT);
        sim.world().link(BROWSER, CALENDAR, Channel.FRONT);
        sim.world().link(BROWSER, ATTACKER, Channel.FRONT);
        sim.world().link(MAIL, AUTH, Channel.BACK);
        sim.world().link(CALENDAR, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, CALENDAR, Channel.ATTACK);
    }

    void play() {
        wire.state(AUTH, "The identity provider knows three apps: Mail and Calendar (the company's own) and Fun"
                + " Quiz (a third party).", "registered clients", server.clients().describe());
        webLogin(mail, new IdTokenCheck(Cast.ISSUER, MAIL, server.jwks(), IdTokenCheck.Strictness.full()),
                "Alice opens Mail and clicks \"Sign in with the company account\".", null);
        wire.jumpTo(start.plus(Duration.ofMinutes(1)), ALICE);
        String calendarIdToken = webLogin(calendar, calendarCheck, "Alice opens Calendar and clicks \"Sign in\".",
                null);
        wire.leaked(CALENDAR, ATTACKER, "Alice's ID token for Calendar", "Calendar's error reporter logged Alice's"
                + " ID token, and the attacker can read those reports.");
        new RelyingPartyAttacks(this).play(calendarIdToken, start.plus(Duration.ofMinutes(2)));
        sim.summary().put("leaks", leaks);
    }

    /**
     * A code flow login of Alice's browser to {@code app}, ending with the app's checks on the ID token.
     * Returns the ID token.
     */
    String webLogin(ClientApp app, IdTokenCheck check, String caption, String consent) {
        AuthorizationResponse checked = flow.start(app, ALICE, BROWSER, caption);
        if (checked.status() != 200) {
            throw new IllegalStateException(app.clientId() + " login refused: " + checked.firstFailure());
        }
        Instant authTime = flow.signIn(ALICE, BROWSER, "alice");
        AuthorizationResponse answer = flow.approve(ALICE, BROWSER, app.peek(BROWSER).request(), "alice", authTime,
                consent);
        flow.callback(app, BROWSER, answer.params(), "The browser brings the code back to " + app.clientId() + ".");
        String nonce = app.peek(BROWSER).request().nonce();
        TokenResponse tokens = flow.redeem(app, BROWSER, answer.param("code").orElseThrow());
        String idToken = tokens.idToken().orElseThrow(() -> new IllegalStateException("no ID token"));
        Decision d = check.check(idToken, nonce, wire.now());
        wire.checks(app.actor(), d.checks(), Set.of("jwt.aud"));
        wire.response(app.actor(), BROWSER, d.accepted() ? 302 : 401, d.accepted() ? app.clientId() + " reads the ID"
                + " token and signs Alice in." : app.clientId() + " refuses the ID token.",
                Map.of("subject", String.valueOf(d.subject())));
        return idToken;
    }

    /** The quiz app's own login for Alice, with a nonce of the attacker's choosing. */
    TokenResponse quizLogin(String nonceFromCalendar) {
        AuthorizationResponse checked = flow.start(quiz, ALICE, BROWSER, "Alice opens Fun Quiz and clicks \"Sign in"
                + " with the company account\".");
        if (checked.status() != 200) {
            throw new IllegalStateException("quiz login refused: " + checked.firstFailure());
        }
        ClientApp.Pending pending = quiz.peek(BROWSER);
        if (nonceFromCalendar != null) {
            wire.attack(ATTACKER, AUTH, "The quiz puts the nonce Calendar gave the attacker into this request,"
                    + " instead of one of its own.", Map.of("nonce", nonceFromCalendar));
        }
        var request = nonceFromCalendar == null ? pending.request() : pending.request().withNonce(nonceFromCalendar);
        Instant authTime = flow.signIn(ALICE, BROWSER, "alice");
        AuthorizationResponse answer = flow.approve(ALICE, BROWSER, request, "alice", authTime,
                "Fun Quiz wants your name and to read your calendar (openid profile calendar:read).");
        flow.callback(quiz, BROWSER, answer.params(), "The browser brings the code back to Fun Quiz.");
        return flow.redeem(quiz, BROWSER, answer.param("code").orElseThrow());
    }

    void leak(String what, String caption) {
        leaks++;
        wire.leaked(CALENDAR, ATTACKER, what, caption);
    }
}
