package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.ALICE;
import static dev.trustflow.sim.scenarios.oauth.Cast.ATTACKER;
import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;
import static dev.trustflow.sim.scenarios.oauth.Cast.BROWSER;

import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.client.RedirectMatching;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.ServerSettings;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
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
    static final String CALLBACK = "https://print.example/callback";
    static final String LOOK_ALIKE = "https://print.example.attacker.test/callback";
    static final String SCOPE = "photos:read photos:write";
    static final String CONSENT = "PrintShop wants to read and add to your photos (photos:read photos:write).";

    final Simulation sim;
    final Wire wire;
    final OpaqueSecrets secrets = new OpaqueSecrets();
    final AuthorizationServer server;
    final LoginFlow flow;
    final ClientApp app;
    final ResourceApi photos;
    final boolean pkce;
    final boolean implicit;
    private int leaks;

    PrintShop(Simulation sim, boolean pkce, boolean state, RedirectMatching matching, boolean implicit) {
        this.sim = sim;
        this.wire = new Wire(sim);
        this.pkce = pkce;
        this.implicit = implicit;
        world();
        ServerSettings settings = ServerSettings.secure(Cast.ISSUER, Map.of("photos:read", API, "photos:write", API))
                .withPkceRequired(pkce).withRedirectMatching(matching).withImplicit(implicit);
        server = new AuthorizationServer(settings, sim.clock(), secrets);
        server.clients().registerPublic(APP, "PrintShop", List.of(CALLBACK), Set.of("photos:read", "photos:write"));
        flow = new LoginFlow(wire, server);
        app = new ClientApp(APP, APP, CALLBACK, null, SCOPE, new ClientApp.Protections(pkce, state, false, implicit),
                secrets);
        photos = new ResourceApi(wire, API, new AccessTokenCheck(Cast.ISSUER, API, server.jwks(), null));
        wire.state(AUTH, "PhotoCloud's authorization server knows PrintShop as a public client with one exact"
                + " redirect URI.", "registered clients", server.clients().describe());
        wire.jwksFetch(API, "photos API", server.jwks());
    }

    private void world() {
        Cast.userAndServer(sim);
        sim.world().actor(APP, "PrintShop app", ActorKind.CLIENT_APP, "phone");
        sim.world().actor(API, "Photos API", ActorKind.SERVICE, "photocloud");
        Cast.attacker(sim, "Attacker (malicious app and web site)");
        sim.world().link(BROWSER, APP, Channel.FRONT);
        sim.world().link(APP, AUTH, Channel.BACK);
        sim.world().link(APP, API, Channel.BACK);
        sim.world().link(API, AUTH, Channel.BACK);
        sim.world().link(ATTACKER, BROWSER, Channel.ATTACK);
        sim.world().link(ATTACKER, ALICE, Channel.OUT_OF_BAND);
        sim.world().link(ATTACKER, APP, Channel.ATTACK);
        sim.world().link(ATTACKER, AUTH, Channel.ATTACK);
        sim.world().link(ATTACKER, API, Channel.ATTACK);
    }

    /** The attacker calls the photos API with a token he got hold of; a 200 is a leak. */
    void attackerReadsPhotos(String token, String caption) {
        Decision d = photos.call(ATTACKER, "GET", "/photos", token, "photos:read", caption,
                "The photos API hands Alice's photos to the attacker.");
        if (d.accepted()) {
            leak(API, "Alice's photos", "The attacker downloads Alice's private photos.");
        }
    }

    void leak(String from, String what, String caption) {
        leaks++;
        wire.leaked(from, ATTACKER, what, caption);
    }

    int leaks() {
        return leaks;
    }
}
