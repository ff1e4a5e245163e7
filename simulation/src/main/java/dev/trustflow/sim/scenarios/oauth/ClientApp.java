package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A client app's side of the code flow: what it sends (state, PKCE challenge, nonce), what it remembers per
 * browser until the callback comes back, and its two endpoints as the world delivers requests to them:
 * {@code GET /login} (redirect to the authorization server) and {@code GET /callback} (state check, then the
 * code redeemed on the back channel before the browser gets its answer). Its what-ifs switch the protections off.
 */
final class ClientApp {

    static final String STATE = "oauth.state";
    /** What {@code GET /login}'s redirect carries: the authorization request the app built. */
    static final String REQUEST = "authorization-request";
    private static final String PARAMS = "callback-params";

    /**
     * How a sign-in ended for the app: the access token it now holds, the token response (null in the implicit
     * flow) and the authorization request the app had started (null when this browser started none).
     */
    record SignIn(String accessToken, TokenResponse tokens, AuthorizationRequest request) {
    }

    /** What the app remembers about a login it started in one browser. */
    private record Pending(AuthorizationRequest request, String verifier) {
    }

    private final String actor;
    private final String clientId;
    private final String redirectUri;
    private final String secret;
    private final String scope;
    private final boolean pkce;
    private final boolean state;
    private final boolean nonce;
    private final boolean implicit;
    private final OpaqueSecrets secrets;
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, String> accessTokens = new HashMap<>();
    private final PathRouter endpoints = new PathRouter();
    private BiFunction<Arrival, SignIn, Reply> signedIn = (at, s) -> Reply.of(200, "The app is signed in.");
    private String refusedCaption = "The sign-in fails: the token endpoint refused the code.";
    private String forcedNonce;

    ClientApp(String actor, String clientId, String redirectUri, String secret, String scope, Protections p,
              OpaqueSecrets secrets) {
        this.actor = actor;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.secret = secret;
        this.scope = scope;
        this.pkce = p.pkce();
        this.state = p.state();
        this.nonce = p.nonce();
        this.implicit = p.implicit();
        this.secrets = secrets;
    }

    /** Which protections the app uses, and whether it asks for the deprecated implicit flow. */
    record Protections(boolean pkce, boolean state, boolean nonce, boolean implicit) {
        static Protections all() {
            return new Protections(true, true, true, false);
        }
    }

    /** Puts the app's endpoints into the world; returns them, so a scenario can add its own. */
    PathRouter install(Simulation sim) {
        endpoints.on("GET", "/login", this::login).on("GET", "/callback", at -> callback(sim, at));
        sim.serve(actor, endpoints);
        return endpoints;
    }

    /** What the app answers once it holds tokens, and what it says when the token endpoint refuses the code. */
    void onSignIn(BiFunction<Arrival, SignIn, Reply> answer, String refused) {
        this.signedIn = answer;
        this.refusedCaption = refused;
    }

    /** The next login this app starts carries {@code nonce} instead of a fresh one (an app run by the attacker). */
    void forceNonce(String nonce) {
        this.forcedNonce = nonce;
    }

    /** The access token the app holds for the user of {@code browser}, if it finished a sign-in there. */
    Optional<String> accessTokenFor(String browser) {
        return Optional.ofNullable(accessTokens.get(browser));
    }

    /** {@code browser} opening {@code app}'s callback with {@code params}. */
    static Request callback(String browser, String app, Map<String, Object> params, String caption) {
        return Request.get(browser, app, "/callback").caption(caption).data(params).carry(PARAMS, params);
    }

    private Reply login(Arrival at) {
        AuthorizationRequest req = begin(at.request().from());
        String protections = (req.state() != null ? "a random state" : "no state")
                + (req.codeChallenge() != null ? " and a PKCE challenge (the verifier stays in the app)" : ", no PKCE")
                + (req.nonce() != null ? ", plus a nonce" : "");
        return Reply.of(302, "The app redirects the browser to the authorization server with " + protections + ".")
                .data(LoginPages.withLocation(req.toUrl(LoginPages.ISSUER_AUTHORIZE), req.params())).carry(REQUEST, req);
    }

    @SuppressWarnings("unchecked")
    private Reply callback(Simulation sim, Arrival at) {
        String browser = at.request().from();
        Map<String, Object> params = at.request().carried(PARAMS, Map.class).orElseThrow();
        if (state) {
            Object returned = params.get("state");
            CheckResult matches = checkState(browser, returned == null ? null : String.valueOf(returned));
            if (!at.check(matches)) {
                return at.refuse(400, matches, "The app refuses the callback: it did not start this login.")
                        .data("error", "state mismatch");
            }
        }
        Pending p = finish(browser);
        if (implicit) {
            String token = String.valueOf(params.get("access_token"));
            accessTokens.put(browser, token);
            return signedIn.apply(at, new SignIn(token, null, p == null ? null : p.request()));
        }
        String verifier = p == null ? null : p.verifier();
        Exchange redeemed = sim.send(TokenEndpoints.token(actor, TokenRequest.authorizationCode(clientId, secret,
                String.valueOf(params.get("code")), redirectUri, verifier), "The app redeems the code on the back"
                + " channel" + (verifier != null ? ", with the code_verifier only it knows." : "."))
                .causedBy(at.requestSeq()));
        TokenResponse res = TokenEndpoints.answer(redeemed);
        if (!res.ok()) {
            return Reply.of(400, refusedCaption).data("error", res.error());
        }
        accessTokens.put(browser, res.accessToken().orElseThrow());
        return signedIn.apply(at, new SignIn(res.accessToken().orElseThrow(), res, p == null ? null : p.request()));
    }

    /** Starts a login in {@code browser}: fresh state, verifier and nonce, remembered for the callback. */
    private AuthorizationRequest begin(String browser) {
        String verifier = pkce && !implicit ? Pkce.newVerifier(secrets.random()) : null;
        AuthorizationRequest req = AuthorizationRequest.code(clientId, redirectUri, scope)
                .withState(state ? secrets.next("st_", 16) : null)
                .withChallenge(verifier == null ? null : Pkce.challengeS256(verifier))
                .withNonce(nonce && asksOpenId(scope) ? secrets.next("n_", 16) : null);
        if (forcedNonce != null) {
            req = req.withNonce(forcedNonce);
            forcedNonce = null;
        }
        if (implicit) {
            req = req.implicit();
        }
        pending.put(browser, new Pending(req, verifier));
        return req;
    }

    private static boolean asksOpenId(String scope) {
        return (" " + scope + " ").contains(" openid ");
    }

    /**
     * The callback's state check (RFC 6749 section 10.12): the state must be the one this app stored for
     * this browser; otherwise the callback belongs to a login someone else started (login CSRF).
     */
    private CheckResult checkState(String browser, String returned) {
        Pending p = pending.get(browser);
        if (p == null) {
            return CheckResult.fail(STATE, "this browser started no login here, so a callback cannot belong to it"
                    + " (login CSRF)");
        }
        if (returned == null) {
            return CheckResult.fail(STATE, "the callback carries no state, but this browser's login was started"
                    + " with one");
        }
        return returned.equals(p.request().state())
                ? CheckResult.pass(STATE, "state matches the value stored for this browser's login")
                : CheckResult.fail(STATE, "state does not match the value stored for this browser's login");
    }

    /** The pending login of a browser, consumed: a callback can finish a login only once. */
    private Pending finish(String browser) {
        return pending.remove(browser);
    }

    String actor() {
        return actor;
    }

    String clientId() {
        return clientId;
    }
}
