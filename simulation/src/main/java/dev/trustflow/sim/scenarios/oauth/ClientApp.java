package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * A client app's side of the code flow: what it sends (state, PKCE challenge, nonce) and what it remembers
 * per browser until the callback comes back. Its what-ifs switch those protections off.
 */
final class ClientApp {

    static final String STATE = "oauth.state";

    /** What the app remembers about a login it started in one browser. */
    record Pending(AuthorizationRequest request, String verifier) {
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

    /** Starts a login in {@code browser}: fresh state, verifier and nonce, remembered for the callback. */
    AuthorizationRequest begin(String browser) {
        String verifier = pkce && !implicit ? Pkce.newVerifier(secrets.random()) : null;
        AuthorizationRequest req = AuthorizationRequest.code(clientId, redirectUri, scope)
                .withState(state ? secrets.next("st_", 16) : null)
                .withChallenge(verifier == null ? null : Pkce.challengeS256(verifier))
                .withNonce(nonce && asksOpenId(scope) ? secrets.next("n_", 16) : null);
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
    CheckResult checkState(String browser, String returned) {
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
    Pending finish(String browser) {
        return pending.remove(browser);
    }

    Pending peek(String browser) {
        return pending.get(browser);
    }

    String actor() {
        return actor;
    }

    String clientId() {
        return clientId;
    }

    String redirectUri() {
        return redirectUri;
    }

    String secret() {
        return secret;
    }

    String scope() {
        return scope;
    }

    boolean checksState() {
        return state;
    }

    boolean implicit() {
        return implicit;
    }
}
