package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.OidcSsoRun.CALENDAR;

import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attacker's three tries at Calendar's token login ({@code POST /login/token}, the endpoint Calendar's
 * mobile app posts its ID token to): an ID token issued to his quiz app, Alice's replayed Calendar ID token, and
 * an access token. Each starts a fresh login attempt, so Calendar has a nonce to compare.
 */
final class RelyingPartyAttacks {

    private final OidcSsoRun run;
    private final Wire wire;

    RelyingPartyAttacks(OidcSsoRun run) {
        this.run = run;
        this.wire = run.wire;
    }

    void play(String aliceCalendarIdToken, Instant at) {
        wire.jumpTo(at, ATTACKER);
        String nonce = startLogin();
        TokenResponse quizTokens = run.quizLogin(nonce);
        tryLogin(quizTokens.idToken().orElseThrow(), "ID token issued to Fun Quiz", nonce,
                "The attacker posts the ID token his quiz app got for Alice to Calendar's login.");
        String nonce2 = startLogin();
        tryLogin(aliceCalendarIdToken, "Alice's Calendar ID token (replayed)", nonce2,
                "The attacker replays Alice's leaked Calendar ID token in his own login attempt.");
        String nonce3 = startLogin();
        tryLogin(quizTokens.accessToken().orElseThrow(), "access token issued to Fun Quiz", nonce3,
                "The attacker posts the quiz's access token for Alice, whose aud is Calendar's API, as if it were"
                        + " an ID token.");
        wire.jumpTo(at.plus(Duration.ofMinutes(1)), ATTACKER);
    }

    /** {@code GET /login/start}: Calendar opens a login attempt for the caller and hands out its nonce (if any). */
    private String startLogin() {
        wire.request(ATTACKER, CALENDAR, "GET", "/login/start", "The attacker opens a login attempt at Calendar, as"
                + " its mobile app would.", Map.of());
        if (!run.calendarStrictness.nonce()) {
            wire.response(CALENDAR, ATTACKER, 200, "Calendar opens the attempt; it uses no nonce.", Map.of());
            return null;
        }
        String nonce = run.secrets.next("n_", 16);
        wire.response(CALENDAR, ATTACKER, 200, "Calendar answers with a fresh nonce that the ID token for this"
                + " attempt must carry.", Map.of("nonce", nonce));
        return nonce;
    }

    private void tryLogin(String token, String label, String expectedNonce, String caption) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id_token", token);
        wire.request(ATTACKER, CALENDAR, "POST", "/login/token", caption, params, Artifact.jwt(label, token));
        Decision d = run.calendarCheck.check(token, expectedNonce, wire.now());
        wire.checks(CALENDAR, d.checks(), java.util.Set.of("jwt.aud"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("checks", Wire.summary(d.checks()));
        if (d.accepted()) {
            answer.put("set_cookie", "session for " + d.subject());
            wire.response(CALENDAR, ATTACKER, 200, "Calendar signs the attacker in as " + d.subject() + ".", answer);
            run.leak("Alice's calendar", "The attacker reads Alice's calendar, logged in as her.");
        } else {
            wire.response(CALENDAR, ATTACKER, 401, "Calendar refuses the login: "
                    + d.firstFailure().map(c -> c.check()).orElse("") + " failed.", answer);
        }
    }
}
