package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.refresh.RotationPolicy;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.world.Protection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** One run of {@link RefreshRotationScenario}: Alice's app and the thief act at their times, earliest first. */
final class RefreshRotationRun {

    static final String APP = "notes-app";
    static final String API = "notes-api";
    private static final String CALLBACK = "com.example.notes:/callback";

    /** Who holds which tokens right now, and the event their next step follows from. */
    private static final class Holder {
        String access;
        String refresh;
        int lastSeen = -1;
        boolean gaveUp;
    }

    /** What one party does at {@code at}, if {@code when} holds; {@code phase} titles it on the timeline. */
    private record Step(Instant at, String actor, String phase, BooleanSupplier when, Runnable action) {
    }

    private final Simulation sim;
    private final Timeline timeline;
    private final RotationPolicy policy;
    private final Duration accessTtl;
    private final Instant start;
    private final AuthorizationServer server;
    private final TokenEndpoints tokens;
    private final BrowserLogin browser;
    private final ClientApp app;
    private final Holder alice = new Holder();
    private final Holder thief = new Holder();
    private int thiefReads;

    RefreshRotationRun(Simulation sim, RotationPolicy policy, Duration accessTtl) {
        this.sim = sim;
        this.timeline = new Timeline(sim);
        this.policy = policy;
        this.accessTtl = accessTtl;
        this.start = sim.now();
        world();
        OpaqueSecrets secrets = new OpaqueSecrets(sim.randomness().secure());
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("notes:read", API))
                .withAccessTokenTtl(accessTtl).withRefresh(policy), sim.clock(), secrets, sim.keys());
        server.clients().registerPublic(APP, "Notes", List.of(CALLBACK), Set.of("notes:read", "offline_access"));
        tokens = new TokenEndpoints(sim, server);
        sim.serve(AUTH, new LoginPages(timeline, server).addTo(tokens.addTo(new PathRouter())));
        browser = new BrowserLogin(timeline);
        app = new ClientApp(APP, APP, CALLBACK, null, "notes:read offline_access", ClientApp.Protections.all(),
                secrets);
        app.install(sim);
        app.onSignIn((at, signIn) -> {
            alice.access = signIn.accessToken();
            alice.refresh = signIn.tokens().refreshToken().orElseThrow();
            return Reply.of(200, "The Notes app is signed in and keeps both tokens.");
        }, "The Notes app could not redeem the code.");
        BearerApi.install(sim, API, new AccessTokenCheck(Cast.ISSUER, API, server.jwks(), null));
    }

    private void world() {
        Cast.userAndServer(sim);
        Cast.phoneAppAndApi(sim, APP, "Notes app (phone)", API, "Notes API", "cloud");
        Cast.attacker(sim, "Thief (copied the phone's backup)");
        Cast.attackPaths(sim, Protection.PLAIN, APP);
        Cast.attackPaths(sim, Protection.TLS, AUTH, API);
    }

    void play() {
        sim.phase("Alice signs in");
        sim.send(TokenEndpoints.jwks(API, "notes API"));
        Duration life = policy.familyLifetime();
        BooleanSupplier always = () -> true;
        BooleanSupplier thiefActive = () -> thief.refresh != null && !thief.gaveUp;
        List<Step> steps = new ArrayList<>(List.of(
                new Step(start, ALICE, "Alice signs in", always,
                        () -> aliceSignsIn("Alice opens the Notes app and signs in.", -1)),
                new Step(start.plus(Duration.ofMinutes(2)), ATTACKER, "Theft of the backup", always, this::theft),
                new Step(start.plus(Duration.ofMinutes(10)), ATTACKER, "The thief refreshes", thiefActive,
                        this::thiefRefreshes),
                new Step(start.plus(accessTtl).plus(Duration.ofMinutes(1)), ALICE, "Alice refreshes", always,
                        this::aliceUsesApp),
                new Step(start.plus(thiefCallsApi()), ATTACKER, "The thief calls the API",
                        () -> thief.access != null, this::thiefUsesAccessToken),
                new Step(start.plus(life).minus(lastTryBeforeExpiry(life)), ATTACKER,
                        "Thief, " + Durations.spoken(lastTryBeforeExpiry(life)) + " before expiry", thiefActive,
                        this::thiefRefreshes),
                new Step(start.plus(life).plus(Duration.ofDays(1)), ALICE, "Alice, after expiry", always,
                        this::aliceUsesApp),
                new Step(start.plus(life).plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), ATTACKER,
                        "Thief, after expiry", thiefActive, this::thiefRefreshes)));
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            if (step.when().getAsBoolean()) {
                sim.phase(step.phase());
                timeline.jumpTo(step.at(), step.actor(), sinceSignIn(step.at()));
                step.action().run();
            }
        }
        sim.summary().put("thiefReads", thiefReads);
        sim.summary().put("families", server.refreshTokens().families().size());
    }

    /**
     * When the thief uses the access token he got at minute 10: after Alice's first refresh (one minute past her
     * access token's life), so the order of events is the same for every access lifetime, and at the latest five
     * minutes later, while his own token (issued at minute 10) still works.
     */
    private Duration thiefCallsApi() {
        Duration aliceRefreshes = accessTtl.plus(Duration.ofMinutes(1));
        Duration twenty = Duration.ofMinutes(20);
        return aliceRefreshes.compareTo(twenty) < 0 ? twenty : accessTtl.plus(Duration.ofMinutes(5));
    }

    /** How long before the family expires the thief tries once more: a day, or a quarter of a shorter life. */
    private static Duration lastTryBeforeExpiry(Duration life) {
        Duration quarter = life.dividedBy(4);
        return quarter.compareTo(Duration.ofDays(1)) < 0 ? quarter : Duration.ofDays(1);
    }

    private String sinceSignIn(Instant at) {
        Duration d = Duration.between(start, at);
        return d.toDays() >= 1 ? ", " + Later.plural(Math.round(d.toHours() / 24.0), "day") + " after Alice signed in"
                : "";
    }

    /** Alice signs in to the Notes app in the system browser, because of {@code cause} (-1: she just does). */
    private void aliceSignsIn(String caption, int cause) {
        Exchange back = browser.start(app, ALICE, BROWSER, "alice", caption, cause);
        if (!BrowserLogin.redirectedBack(back)) {
            throw new IllegalStateException("notes sign-in refused: " + BrowserLogin.answer(back).firstFailure());
        }
        Exchange signedIn = browser.callback(app, BROWSER, BrowserLogin.answer(back).params(), "The system browser"
                + " hands the code back to the Notes app.", back.responseSeq());
        read(ALICE, alice.access, "The Notes app loads Alice's notes with its access token.", signedIn.lastSeq());
    }

    private void theft() {
        int copied = timeline.attack(ATTACKER, APP, "The thief copies an unencrypted backup of Alice's phone, with"
                + " the Notes app's refresh token in it.", -1).data("technique", "stolen device backup").emit();
        thief.refresh = alice.refresh;
        thief.lastSeen = timeline.leaked(APP, ATTACKER, "refresh token", "The thief now holds a copy of Alice's"
                + " refresh token.", copied).artifact(Artifact.text("refresh token (opaque)", thief.refresh))
                .steals(ATTACKER, APP, tokens.refreshId(thief.refresh).orElseThrow()).emit();
    }

    private void thiefRefreshes() {
        Exchange refreshed = sim.send(TokenEndpoints.token(ATTACKER, TokenRequest.refresh(APP, null, thief.refresh),
                "The thief sends the refresh token to the token endpoint, posing as the Notes app (it has no"
                        + " secret).").causedBy(thief.lastSeen));
        TokenResponse res = TokenEndpoints.answer(refreshed);
        if (!res.ok()) {
            thief.gaveUp = true;
            timeline.note(ATTACKER, "The refresh token no longer works, so the thief has lost access.",
                    refreshed.responseSeq());
            return;
        }
        thief.access = res.accessToken().orElseThrow();
        res.refreshToken().ifPresent(r -> thief.refresh = r);
        thief.lastSeen = refreshed.responseSeq();
        read(ATTACKER, thief.access, "The thief reads Alice's notes with his fresh access token.", thief.lastSeen);
    }

    private void thiefUsesAccessToken() {
        read(ATTACKER, thief.access, "The thief uses the access token he already has.", thief.lastSeen);
    }

    private void aliceUsesApp() {
        Exchange tried = read(ALICE, alice.access, "Alice opens the Notes app again; it tries its access token.",
                -1);
        if (tried.ok()) {
            return;
        }
        Exchange refreshed = sim.send(TokenEndpoints.token(APP, TokenRequest.refresh(APP, null, alice.refresh),
                "The access token has expired, so the app uses its refresh token.").causedBy(tried.responseSeq()));
        TokenResponse res = TokenEndpoints.answer(refreshed);
        if (res.ok()) {
            alice.access = res.accessToken().orElseThrow();
            res.refreshToken().ifPresent(r -> alice.refresh = r);
            read(ALICE, alice.access, "The app loads the notes with its new access token.", refreshed.responseSeq());
            return;
        }
        int again = timeline.note(APP, "The refresh was refused, so the Notes app sends Alice to sign in again.",
                refreshed.responseSeq());
        aliceSignsIn("Alice signs in again.", again);
    }

    /** A call to the notes API because of {@code cause}; a thief's success is a leak. */
    private Exchange read(String who, String token, String caption, int cause) {
        String caller = who.equals(ALICE) ? APP : ATTACKER;
        Exchange read = sim.send(BearerApi.call(caller, API, "GET", "/notes", token, "notes:read", caption,
                caller.equals(APP) ? "Alice sees her notes." : "The notes API answers the thief: the access token is"
                        + " valid.").causedBy(cause));
        if (read.ok() && caller.equals(ATTACKER)) {
            thiefReads++;
            timeline.leakedBy(read, API, ATTACKER, "Alice's notes", "The thief reads Alice's notes.");
        }
        return read;
    }
}
