package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.OidcSsoRun.CALENDAR;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Calendar's token login, the endpoints its mobile app uses ({@code GET /login/start} hands out a nonce for one
 * login attempt, {@code POST /login/token} takes an ID token for it), and the attacker's three tries at it: an ID
 * token issued to his quiz app, Alice's replayed Calendar ID token, and an access token. Each try starts a fresh
 * attempt, so Calendar has a nonce to compare.
 */
final class RelyingPartyAttacks {

    private static final String ID_TOKEN = "id-token";
    private static final String NONCE = "nonce";

    private final OidcSsoRun run;
    private final Timeline timeline;
    private final Map<String, String> attempts = new HashMap<>();

    RelyingPartyAttacks(OidcSsoRun run, PathRouter calendar) {
        this.run = run;
        this.timeline = run.timeline;
        calendar.on("GET", "/login/start", this::startAttempt).on("POST", "/login/token", this::tokenLogin);
    }

    void play(String aliceCalendarIdToken, Instant at, int leaked) {
        run.sim.phase("Another app's ID token");
        timeline.jumpTo(at, ATTACKER);
        Exchange first = startLogin(leaked);
        String nonce = first.carried(NONCE, String.class).orElse(null);
        int cause = first.responseSeq();
        if (nonce != null) {
            cause = timeline.attack(ATTACKER, AUTH, "The quiz puts the nonce Calendar gave the attacker into its next"
                    + " sign-in request, instead of one of its own.", cause).data("nonce", nonce).emit();
        }
        TokenResponse quizTokens = run.quizLogin(nonce, cause);
        tryLogin(quizTokens.idToken().orElseThrow(), "ID token issued to Fun Quiz", run.timeline.last(),
                "The attacker posts the ID token his quiz app got for Alice to Calendar's login.");
        run.sim.phase("Replayed ID token");
        Exchange second = startLogin(leaked);
        tryLogin(aliceCalendarIdToken, "Alice's Calendar ID token (replayed)", second.responseSeq(),
                "The attacker replays Alice's leaked Calendar ID token in his own login attempt.");
        run.sim.phase("Access token as ID token");
        Exchange third = startLogin(leaked);
        tryLogin(quizTokens.accessToken().orElseThrow(), "access token issued to Fun Quiz", third.responseSeq(),
                "The attacker posts the quiz's access token for Alice, whose aud is Calendar's API, as if it were"
                        + " an ID token.");
        timeline.jumpTo(at.plus(Duration.ofMinutes(1)), ATTACKER);
    }

    /** The attacker opens a login attempt at Calendar, as its mobile app would. */
    private Exchange startLogin(int cause) {
        return run.sim.send(Request.get(ATTACKER, CALENDAR, "/login/start").causedBy(cause)
                .caption("The attacker opens a login attempt at Calendar, as its mobile app would."));
    }

    private Reply startAttempt(Arrival at) {
        if (!run.calendarStrictness.nonce()) {
            attempts.remove(at.request().from());
            return Reply.of(200, "Calendar opens the attempt; it uses no nonce.");
        }
        String nonce = run.secrets.next("n_", 16);
        attempts.put(at.request().from(), nonce);
        return Reply.of(200, "Calendar answers with a fresh nonce that the ID token for this attempt must carry.")
                .data("nonce", nonce).carry(NONCE, nonce);
    }

    private void tryLogin(String token, String label, int cause, String caption) {
        Exchange tried = run.sim.send(Request.post(ATTACKER, CALENDAR, "/login/token").causedBy(cause)
                .caption(caption).data("id_token", token).artifact(Artifact.jwt(label, token))
                .carry(ID_TOKEN, token));
        if (tried.ok()) {
            run.leak(tried, "Alice's calendar", "The attacker reads Alice's calendar, logged in as her.");
        }
    }

    private Reply tokenLogin(Arrival at) {
        String token = at.request().carried(ID_TOKEN, String.class).orElseThrow();
        Decision d = run.calendarCheck.check(token, attempts.remove(at.request().from()), at.now());
        at.checks(d.checks(), Timeline.SHOWN_BY_RELYING_PARTY);
        if (d.accepted()) {
            return Reply.of(200, "Calendar signs the attacker in as " + d.subject() + ".")
                    .data("checks", Timeline.summary(d.checks())).data("set_cookie", "session for " + d.subject());
        }
        CheckResult failed = d.firstFailure().orElseThrow();
        return at.refuse(401, failed, "Calendar refuses the login: " + failed.check() + " failed.")
                .data("checks", Timeline.summary(d.checks()));
    }
}
