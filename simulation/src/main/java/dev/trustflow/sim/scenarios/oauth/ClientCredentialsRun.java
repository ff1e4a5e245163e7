package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run of {@link ClientCredentialsScenario}. */
final class ClientCredentialsRun {

    static final String BILLING = "billing-service";
    static final String INVOICES = "invoices-api";
    static final String ARCHIVE = "archive-api";

    private final Simulation sim;
    private final Wire wire;
    private final boolean broad;
    private final Instant start;
    private final AuthorizationServer server;
    private final LoginFlow flow;
    private final ResourceApi invoices;
    private final ResourceApi archive;
    private final String secret;
    private int leaks;

    ClientCredentialsRun(Simulation sim, boolean broad, boolean audienceCheck, Duration ttl) {
        this.sim = sim;
        this.wire = new Wire(sim);
        this.broad = broad;
        this.start = sim.now();
        world();
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("invoices:read", INVOICES,
                "invoices:write", INVOICES)).withAccessTokenTtl(ttl), sim.clock(), new OpaqueSecrets());
        secret = server.clients().registerConfidential(BILLING, "Billing service", List.of(),
                broad ? Set.of("invoices:read", "invoices:write") : Set.of("invoices:read"));
        flow = new LoginFlow(wire, server);
        invoices = new ResourceApi(wire, INVOICES, new AccessTokenCheck(Cast.ISSUER, INVOICES, server.jwks(), null));
        archive = new ResourceApi(wire, ARCHIVE, new AccessTokenCheck(Cast.ISSUER, audienceCheck ? ARCHIVE : null,
                server.jwks(), null));
    }

    private void world() {
        sim.world().actor(BILLING, "Billing service", ActorKind.CLIENT_APP, "internal");
        sim.world().actor(AUTH, "Authorization server", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().actor(INVOICES, "Invoices API", ActorKind.SERVICE, "internal");
        sim.world().actor(ARCHIVE, "Invoice archive API", ActorKind.SERVICE, "internal");
        Cast.attacker(sim, "Attacker who can read the logs");
        sim.world().link(BILLING, AUTH, Channel.BACK);
        sim.world().link(BILLING, INVOICES, Channel.BACK);
        sim.world().link(INVOICES, AUTH, Channel.BACK);
        sim.world().link(ARCHIVE, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, BILLING, Channel.ATTACK);
        sim.world().link(ATTACKER, INVOICES, Channel.ATTACK);
        sim.world().link(ATTACKER, ARCHIVE, Channel.ATTACK);
        sim.world().link(ATTACKER, AUTH, Channel.ATTACK);
    }

    void play() {
        wire.state(AUTH, "The authorization server knows billing as a confidential client; it keeps only a hash of"
                + " billing's secret.", "registered clients", server.clients().describe());
        wire.jwksFetch(INVOICES, "invoices API", server.jwks());
        wire.jwksFetch(ARCHIVE, "invoice archive API", server.jwks());
        String token = billingWorks("The billing service asks for a token with its own id and secret: no user is"
                + " involved.");
        wire.attack(ATTACKER, BILLING, "The billing service printed its bearer token in a debug log, and the"
                + " attacker can read that log.", Map.of("technique", "token in a log file"));
        wire.leaked(BILLING, ATTACKER, "access token", "The attacker copies billing's access token from the log.");
        wire.jumpTo(start.plus(Duration.ofMinutes(1)), ATTACKER);
        Decision read = invoices.call(ATTACKER, "GET", "/invoices", token, "invoices:read", "The attacker reads"
                + " invoices with the stolen token.", "The invoices API answers: the token is valid.");
        if (read.accepted()) {
            leak(INVOICES, "open invoices", "The attacker reads every open invoice: this much the token allows.");
        }
        Decision write = invoices.call(ATTACKER, "PATCH", "/invoices/1001", token, "invoices:write", "The attacker"
                + " tries to change invoice 1001's bank account to his own.", "The change is saved.");
        if (write.accepted()) {
            wire.attack(ATTACKER, INVOICES, "Invoice 1001 now pays into the attacker's bank account.",
                    Map.of("result", "succeeded"));
        }
        Decision replay = archive.call(ATTACKER, "GET", "/archive/invoices", token, "invoices:read", "The attacker"
                + " replays the token to the invoice archive, a different API.", "The archive accepts the token.");
        if (replay.accepted()) {
            leak(ARCHIVE, "ten years of archived invoices", "The attacker downloads ten years of archived invoices.");
        }
        flow.exchange(ATTACKER, TokenRequest.clientCredentials(BILLING, "cs_guessed-secret", "invoices:read"),
                "The attacker tries to mint a fresh token as billing, guessing its secret.");
        wire.jumpTo(start.plus(Duration.ofMinutes(61)), ATTACKER);
        billingWorks("An hour later billing simply asks for a new token: a machine can re-authenticate at any"
                + " time.");
        Decision late = invoices.call(ATTACKER, "GET", "/invoices", token, "invoices:read", "The attacker tries the"
                + " stolen token again.", "The token still works.");
        if (late.accepted()) {
            leak(INVOICES, "open invoices", "An hour later the stolen token still reads invoices.");
        }
        sim.summary().put("scope", broad ? "invoices:read invoices:write" : "invoices:read");
        sim.summary().put("leaks", leaks);
        sim.summary().put("invoiceChanged", write.accepted());
    }

    /** Billing gets a token and reads invoices with it; returns the token. */
    private String billingWorks(String caption) {
        TokenResponse res = flow.exchange(BILLING, TokenRequest.clientCredentials(BILLING, secret,
                broad ? "invoices:read invoices:write" : "invoices:read"), caption);
        String token = res.accessToken().orElseThrow(() -> new IllegalStateException("billing got no token"));
        invoices.call(BILLING, "GET", "/invoices?status=open", token, "invoices:read", "Billing fetches the open"
                + " invoices with its token.", "Billing gets the open invoices.");
        return token;
    }

    private void leak(String from, String what, String caption) {
        leaks++;
        wire.leaked(from, ATTACKER, what, caption);
    }
}
