package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.IssuedToken;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
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
    private final Timeline timeline;
    private final boolean broad;
    private final Instant start;
    private final AuthorizationServer server;
    private final String secret;
    private int leaks;

    ClientCredentialsRun(Simulation sim, boolean broad, boolean audienceCheck, Duration ttl) {
        this.sim = sim;
        this.timeline = new Timeline(sim);
        this.broad = broad;
        this.start = sim.now();
        world();
        server = new AuthorizationServer(ServerSettings.secure(Cast.ISSUER, Map.of("invoices:read", INVOICES,
                "invoices:write", INVOICES)).withAccessTokenTtl(ttl), sim.clock(),
                new OpaqueSecrets(sim.randomness().secure()), sim.keys());
        secret = server.clients().registerConfidential(BILLING, "Billing service", List.of(),
                broad ? Set.of("invoices:read", "invoices:write") : Set.of("invoices:read"));
        sim.serve(AUTH, new TokenEndpoints(sim, server).addTo(new PathRouter()));
        BearerApi.install(sim, INVOICES, new AccessTokenCheck(Cast.ISSUER, INVOICES, server.jwks(), null));
        BearerApi.install(sim, ARCHIVE, new AccessTokenCheck(Cast.ISSUER, audienceCheck ? ARCHIVE : null,
                server.jwks(), null));
    }

    private void world() {
        sim.world().actor(BILLING, "Billing service", ActorKind.CLIENT_APP, "internal");
        sim.world().actor(AUTH, "Authorization server", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().actor(INVOICES, "Invoices API", ActorKind.SERVICE, "internal");
        sim.world().actor(ARCHIVE, "Invoice archive API", ActorKind.SERVICE, "internal");
        Cast.attacker(sim, "Attacker who can read the logs");
        sim.world().link(BILLING, INVOICES, Channel.BACK, Protection.TLS);
        Cast.backChannel(sim, BILLING, INVOICES, ARCHIVE);
        Cast.attackPaths(sim, Protection.PLAIN, BILLING);
        Cast.attackPaths(sim, Protection.TLS, INVOICES, ARCHIVE, AUTH);
    }

    void play() {
        sim.phase("Billing gets a token");
        timeline.state(AUTH, "The authorization server knows billing as a confidential client; it keeps only a hash"
                + " of billing's secret.", "registered clients", server.clients().describe()).emit();
        sim.send(TokenEndpoints.jwks(INVOICES, "invoices API"));
        sim.send(TokenEndpoints.jwks(ARCHIVE, "invoice archive API"));
        Exchange got = billingWorks("The billing service asks for a token with its own id and secret: no user is"
                + " involved.");
        IssuedToken issued = TokenEndpoints.answer(got).token(IssuedToken.Kind.ACCESS).orElseThrow(() ->
                new IllegalStateException("billing got no token"));
        String token = issued.value();
        sim.phase("Token in a log");
        int logged = timeline.attack(ATTACKER, BILLING, "The billing service printed its bearer token in a debug"
                + " log, and the attacker can read that log.", got.responseSeq())
                .data("technique", "token in a log file").emit();
        int stolen = timeline.leaked(BILLING, ATTACKER, "access token", "The attacker copies billing's access token"
                + " from the log.", logged).steals(ATTACKER, BILLING, issued.id()).emit();
        sim.phase("The stolen token at work");
        timeline.jumpTo(start.plus(Duration.ofMinutes(1)), ATTACKER);
        Exchange read = sim.send(BearerApi.call(ATTACKER, INVOICES, "GET", "/invoices", token, "invoices:read",
                "The attacker reads invoices with the stolen token.", "The invoices API answers: the token is valid.")
                .causedBy(stolen));
        if (read.ok()) {
            leak(read, INVOICES, "open invoices", "The attacker reads every open invoice: this much the token"
                    + " allows.");
        }
        Exchange write = sim.send(BearerApi.call(ATTACKER, INVOICES, "PATCH", "/invoices/1001", token,
                "invoices:write", "The attacker tries to change invoice 1001's bank account to his own.",
                "The change is saved.").causedBy(stolen));
        if (write.ok()) {
            timeline.attack(ATTACKER, INVOICES, "Invoice 1001 now pays into the attacker's bank account.",
                    write.responseSeq()).flow(write.flow()).data("result", "succeeded").emit();
        }
        Exchange replay = sim.send(BearerApi.call(ATTACKER, ARCHIVE, "GET", "/archive/invoices", token,
                "invoices:read", "The attacker replays the token to the invoice archive, a different API.",
                "The archive accepts the token.").causedBy(stolen));
        if (replay.ok()) {
            leak(replay, ARCHIVE, "ten years of archived invoices", "The attacker downloads ten years of archived"
                    + " invoices.");
        }
        sim.send(TokenEndpoints.token(ATTACKER, TokenRequest.clientCredentials(BILLING, "cs_guessed-secret",
                "invoices:read"), "The attacker tries to mint a fresh token as billing, guessing its secret.")
                .causedBy(stolen));
        sim.phase("An hour later");
        timeline.jumpTo(start.plus(Duration.ofMinutes(61)), ATTACKER);
        billingWorks("An hour later billing simply asks for a new token: a machine can re-authenticate at any"
                + " time.");
        Exchange late = sim.send(BearerApi.call(ATTACKER, INVOICES, "GET", "/invoices", token, "invoices:read",
                "The attacker tries the stolen token again.", "The token still works.").causedBy(stolen));
        if (late.ok()) {
            leak(late, INVOICES, "open invoices", "An hour later the stolen token still reads invoices.");
        }
        sim.summary().put("scope", broad ? "invoices:read invoices:write" : "invoices:read");
        sim.summary().put("leaks", leaks);
        sim.summary().put("invoiceChanged", write.ok());
    }

    /** Billing gets a token and reads invoices with it; returns the token endpoint's exchange. */
    private Exchange billingWorks(String caption) {
        Exchange got = sim.send(TokenEndpoints.token(BILLING, TokenRequest.clientCredentials(BILLING, secret,
                broad ? "invoices:read invoices:write" : "invoices:read"), caption));
        TokenResponse res = TokenEndpoints.answer(got);
        String token = res.accessToken().orElseThrow(() -> new IllegalStateException("billing got no token"));
        sim.send(BearerApi.call(BILLING, INVOICES, "GET", "/invoices?status=open", token, "invoices:read",
                "Billing fetches the open invoices with its token.", "Billing gets the open invoices.")
                .causedBy(got.responseSeq()));
        return got;
    }

    private void leak(Exchange exchange, String from, String what, String caption) {
        leaks++;
        timeline.leakedBy(exchange, from, ATTACKER, what, caption);
    }
}
