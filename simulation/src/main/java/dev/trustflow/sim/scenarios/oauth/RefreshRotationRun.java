package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.refresh.RotationPolicy;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
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

    /** Who holds which tokens right now. */
    private static final class Holder {
        String access;
        String refresh;
        boolean gaveUp;
    }

    private record Step(Instant at, String actor, BooleanSupplier when, Runnable action) {
    }

    private final Simulation sim;
    private final Wire wire;
    private final RotationPolicy policy;
    private final Duration accessTtl;
    private final Instant start;
    private final AuthorizationServer server;
    private final LoginFlow flow;
    private final ClientApp app;
    private final ResourceApi notes;
    private final Holder alice = new Holder();
    private final Holder thief = new Holder();
    private int thiefReads;

    RefreshRotationRun(Simulation sim, RotationPolicy policy, Duration accessTtl) {
        this.sim = sim;
        this.wire = new Wire(sim);
        this.policy = policy;
        this.accessTtl = accessTtl;
        this.start = sim.now();
        world();
        OpaqueSecrets secrets = new OpaqueSecrets();
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("notes:read", API))
                .withAccessTokenTtl(accessTtl).withRefresh(policy), sim.clock(), secrets);
        server.clients().registerPublic(APP, "Notes", List.of(CALLBACK), Set.of("notes:read", "offline_access"));
        flow = new LoginFlow(wire, server);
        app = new ClientApp(APP, APP, CALLBACK, null, "notes:read offline_access", ClientApp.Protections.all(),
                secrets);
        notes = new ResourceApi(wire, API, new AccessTokenCheck(Cast.ISSUER, API, server.jwks(), null));
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(APP, "Notes app (phone)", ActorKind.CLIENT_APP, "phone");
        sim.world().actor(API, "Notes API", ActorKind.SERVICE, "cloud");
        Cast.attacker(sim, "Thief (copied the phone's backup)");
        sim.world().link(BROWSER, APP, Channel.FRONT);
        sim.world().link(APP, AUTH, Channel.BACK);
        sim.world().link(APP, API, Channel.BACK);
        sim.world().link(API, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, APP, Channel.ATTACK);
        sim.world().link(ATTACKER, AUTH, Channel.ATTACK);
        sim.world().link(ATTACKER, API, Channel.ATTACK);
    }

    void play() {
        wire.jwksFetch(API, "notes API", server.jwks());
        Duration life = policy.familyLifetime();
        BooleanSupplier always = () -> true;
        BooleanSupplier thiefActive = () -> !thief.gaveUp;
        List<Step> steps = new ArrayList<>(List.of(
                new Step(start, ALICE, always, () -> aliceSignsIn("Alice opens the Notes app and signs in.")),
                new Step(start.plus(Duration.ofMinutes(2)), ATTACKER, always, this::theft),
                new Step(start.plus(Duration.ofMinutes(10)), ATTACKER, thiefActive, this::thiefRefreshes),
                new Step(start.plus(accessTtl).plus(Duration.ofMinutes(1)), ALICE, always, this::aliceUsesApp),
                new Step(start.plus(Duration.ofMinutes(20)), ATTACKER, () -> thief.access != null,
                        this::thiefUsesAccessToken),
                new Step(start.plus(life).minus(Duration.ofDays(1)), ATTACKER, thiefActive, this::thiefRefreshes),
                new Step(start.plus(life).plus(Duration.ofDays(1)), ALICE, always, this::aliceUsesApp),
                new Step(start.plus(life).plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), ATTACKER, thiefActive,
                        this::thiefRefreshes)));
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            if (step.when().getAsBoolean()) {
                wire.jumpTo(step.at(), step.actor(), sinceSignIn(step.at()));
                step.action().run();
            }
        }
        sim.summary().put("thiefReads", thiefReads);
        sim.summary().put("families", server.refreshTokens().families().size());
    }

    private String sinceSignIn(Instant at) {
        Duration d = Duration.between(start, at);
        return d.toDays() >= 1 ? ", " + Later.plural(Math.round(d.toHours() / 24.0), "day") + " after Alice signed in"
                : "";
    }

    private void aliceSignsIn(String caption) {
        AuthorizationResponse checked = flow.start(app, ALICE, BROWSER, caption);
        if (checked.status() != 200) {
            throw new IllegalStateException("notes sign-in refused: " + checked.firstFailure());
        }
        Instant authTime = flow.signIn(ALICE, BROWSER, "alice");
        AuthorizationResponse answer = flow.approve(ALICE, BROWSER, app.peek(BROWSER).request(), "alice", authTime,
                null);
        flow.callback(app, BROWSER, answer.params(), "The system browser hands the code back to the Notes app.");
        TokenResponse tokens = flow.redeem(app, BROWSER, answer.param("code").orElseThrow());
        alice.access = tokens.accessToken().orElseThrow();
        alice.refresh = tokens.refreshToken().orElseThrow();
        read(ALICE, alice.access, "The Notes app loads Alice's notes with its access token.");
    }

    private void theft() {
        wire.attack(ATTACKER, APP, "The thief copies an unencrypted backup of Alice's phone, with the Notes app's"
                + " refresh token in it.", Map.of("technique", "stolen device backup"));
        thief.refresh = alice.refresh;
        sim.event(EventKinds.DATA_LEAKED, APP).to(ATTACKER)
                .caption("The thief now holds a copy of Alice's refresh token.").data("what", "refresh token")
                .artifact(Artifact.text("refresh token (opaque)", thief.refresh)).emit();
    }

    private void thiefRefreshes() {
        TokenResponse res = flow.exchange(ATTACKER, TokenRequest.refresh(APP, null, thief.refresh),
                "The thief sends the refresh token to the token endpoint, posing as the Notes app (it has no"
                        + " secret).");
        if (!res.ok()) {
            thief.gaveUp = true;
            wire.note(ATTACKER, "The refresh token no longer works, so the thief has lost access.");
            return;
        }
        thief.access = res.accessToken().orElseThrow();
        res.refreshToken().ifPresent(r -> thief.refresh = r);
        read(ATTACKER, thief.access, "The thief reads Alice's notes with his fresh access token.");
    }

    private void thiefUsesAccessToken() {
        read(ATTACKER, thief.access, "The thief uses the access token he already has.");
    }

    private void aliceUsesApp() {
        Decision d = read(ALICE, alice.access, "Alice opens the Notes app again; it tries its access token.");
        if (d.accepted()) {
            return;
        }
        TokenResponse res = flow.exchange(APP, TokenRequest.refresh(APP, null, alice.refresh), "The access token"
                + " has expired, so the app uses its refresh token.");
        if (res.ok()) {
            alice.access = res.accessToken().orElseThrow();
            res.refreshToken().ifPresent(r -> alice.refresh = r);
            read(ALICE, alice.access, "The app loads the notes with its new access token.");
            return;
        }
        wire.note(APP, "The refresh was refused, so the Notes app sends Alice to sign in again.");
        aliceSignsIn("Alice signs in again.");
    }

    /** A call to the notes API; a thief's success is a leak. */
    private Decision read(String who, String token, String caption) {
        String caller = who.equals(ALICE) ? APP : ATTACKER;
        Decision d = notes.call(caller, "GET", "/notes", token, "notes:read", caption, caller.equals(APP)
                ? "Alice sees her notes." : "The notes API answers the thief: the access token is valid.");
        if (d.accepted() && caller.equals(ATTACKER)) {
            thiefReads++;
            wire.leaked(API, ATTACKER, "Alice's notes", "The thief reads Alice's notes.");
        }
        return d;
    }
}
