package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.client.RedirectMatching;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world of lesson 7: PrintShop (a public client, a phone app) wants Alice's photos from PhotoCloud's
 * photos API; PhotoCloud's authorization server decides. Shared by the three acts of {@link OAuthCodePkceScenario}.
 */
final class PrintShop {

    static final String APP = "photo-app";
    static final String API = "photos-api";
    /**
     * The phone app's redirect URI: a private-use URI scheme (RFC 8252 section 7.1), which any app on the phone may
     * also register. That is what makes the code-interception attack possible; an https app link, verified by
     * the phone against PrintShop's own website (RFC 8252 section 7.2), could not be claimed by another app.
     */
    static final String CALLBACK = "com.example.printshop:/callback";
    /** PrintShop's website signs in with the same client id and registered this https callback too. */
    static final String WEB_CALLBACK = "https://print.example/callback";
    static final String LOOK_ALIKE = "https://print.example.attacker.test/callback";
    static final String SCOPE = "photos:read photos:write";
    static final String CONSENT = "PrintShop wants to read and add to your photos (photos:read photos:write).";

    final Simulation sim;
    final Timeline timeline;
    final OpaqueSecrets secrets;
    final AuthorizationServer server;
    final BrowserLogin browser;
    final ClientApp app;
    final boolean pkce;
    final boolean implicit;
    private int leaks;

    PrintShop(Simulation sim, boolean pkce, boolean state, RedirectMatching matching, boolean implicit) {
        this.sim = sim;
        this.timeline = new Timeline(sim);
        this.secrets = new OpaqueSecrets(sim.randomness().secure());
        this.pkce = pkce;
        this.implicit = implicit;
        world();
        ServerSettings settings = ServerSettings.secure(Cast.ISSUER, Map.of("photos:read", API, "photos:write", API))
                .withPkceRequired(pkce).withRedirectMatching(matching).withImplicit(implicit);
        server = new AuthorizationServer(settings, sim.clock(), secrets, sim.keys());
        server.clients().registerPublic(APP, "PrintShop", List.of(CALLBACK, WEB_CALLBACK), Set.of("photos:read", "photos:write"));
        sim.serve(AUTH, new LoginPages(timeline, server).consent(APP, CONSENT)
                .addTo(new TokenEndpoints(sim, server).addTo(new PathRouter())));
        browser = new BrowserLogin(timeline);
        app = new ClientApp(APP, APP, CALLBACK, null, SCOPE, new ClientApp.Protections(pkce, state, false, implicit),
                secrets);
        app.install(sim).on("POST", "/upload", this::upload);
        BearerApi.install(sim, API, new AccessTokenCheck(Cast.ISSUER, API, server.jwks(), null));
        sim.serve(ATTACKER, new PathRouter().on("GET", "/callback", at -> Reply.of(200, "The look-alike host"
                + " answers with a blank page; its server has logged the URL.")));
        timeline.state(AUTH, "PhotoCloud's authorization server knows PrintShop as a public client with two"
                + " redirect URIs: its phone app's custom scheme and its website's https callback.", "registered clients", server.clients().describe()).emit();
        sim.send(TokenEndpoints.jwks(API, "photos API"));
    }

    private void world() {
        Cast.userAndServer(sim);
        Cast.phoneAppAndApi(sim, APP, "PrintShop app", API, "Photos API", "photocloud");
        Cast.attacker(sim, "Attacker (malicious app and web site)");
        Cast.attackPaths(sim, Protection.PLAIN, BROWSER, APP);
        Cast.attackPaths(sim, Protection.TLS, AUTH, API);
        sim.world().link(ATTACKER, ALICE, Channel.OUT_OF_BAND);
    }

    /** {@code POST /upload}: PrintShop stores the file through the photos API with the token it holds. */
    private Reply upload(Arrival at) {
        String token = app.accessTokenFor(at.request().from()).orElseThrow();
        Exchange stored = sim.send(BearerApi.call(APP, API, "POST", "/photos", token, "photos:write", "PrintShop"
                + " stores the scan through the photos API, with the token it holds: the attacker's.", "The scan is"
                + " saved in the photo library of the token's subject, mallory.").causedBy(at.requestSeq()));
        if (!stored.ok()) {
            return Reply.of(502, "PrintShop could not store the scan.");
        }
        if (ALICE.equals(BearerApi.decision(stored).subject())) {
            return Reply.of(200, "PrintShop says the scan is uploaded.");
        }
        leak(stored, API, "Alice's passport scan", "Alice's passport scan now sits in the attacker's own photo"
                + " library, where he simply opens it.");
        return Reply.of(200, "PrintShop says the scan is uploaded.");
    }

    /** The attacker calls the photos API with a token he got hold of, because of {@code cause}; a 200 is a leak. */
    void attackerReadsPhotos(String token, String caption, int cause) {
        Exchange read = sim.send(BearerApi.call(ATTACKER, API, "GET", "/photos", token, "photos:read", caption,
                "The photos API hands Alice's photos to the attacker.").causedBy(cause));
        if (read.ok()) {
            leak(read, API, "Alice's photos", "The attacker downloads Alice's private photos.");
        }
    }

    /** Something reaches the attacker because of {@code cause}; returns the builder to add a wallet change. */
    EventBuilder leak(String from, String what, String caption, int cause) {
        leaks++;
        return timeline.leaked(from, ATTACKER, what, caption, cause);
    }

    void leak(Exchange exchange, String from, String what, String caption) {
        leaks++;
        timeline.leakedBy(exchange, from, ATTACKER, what, caption);
    }

    int leaks() {
        return leaks;
    }
}
