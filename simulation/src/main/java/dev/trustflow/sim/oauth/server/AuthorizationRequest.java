package dev.trustflow.sim.oauth.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query of a request to the authorization endpoint (RFC 6749 section 4.1.1, RFC 7636 section 4.3,
 * OIDC Core section 3.1.2.1). Null fields are absent from the request.
 *
 * @param responseType        {@code code}, or {@code token} for the deprecated implicit flow
 * @param clientId            the client asking
 * @param redirectUri         where the answer goes
 * @param scope               space-separated scopes ({@code openid photos:read})
 * @param state               the client's anti-CSRF value, echoed back unchanged
 * @param codeChallenge       PKCE S256 challenge
 * @param codeChallengeMethod {@code S256}
 * @param nonce               OIDC: value the ID token must carry back
 */
public record AuthorizationRequest(String responseType, String clientId, String redirectUri, String scope,
                                   String state, String codeChallenge, String codeChallengeMethod, String nonce) {

    public static AuthorizationRequest code(String clientId, String redirectUri, String scope) {
        return new AuthorizationRequest("code", clientId, redirectUri, scope, null, null, null, null);
    }

    public AuthorizationRequest withState(String value) {
        return new AuthorizationRequest(responseType, clientId, redirectUri, scope, value, codeChallenge,
                codeChallengeMethod, nonce);
    }

    public AuthorizationRequest withChallenge(String challenge) {
        return new AuthorizationRequest(responseType, clientId, redirectUri, scope, state, challenge,
                challenge == null ? null : "S256", nonce);
    }

    public AuthorizationRequest withNonce(String value) {
        return new AuthorizationRequest(responseType, clientId, redirectUri, scope, state, codeChallenge,
                codeChallengeMethod, value);
    }

    public AuthorizationRequest implicit() {
        return new AuthorizationRequest("token", clientId, redirectUri, scope, state, null, null, nonce);
    }

    public boolean wantsOpenId() {
        return scope != null && (" " + scope + " ").contains(" openid ");
    }

    /** The parameters as sent, for the inspector. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("response_type", responseType);
        p.put("client_id", clientId);
        p.put("redirect_uri", redirectUri);
        p.put("scope", scope);
        putIfPresent(p, "state", state);
        putIfPresent(p, "code_challenge", codeChallenge);
        putIfPresent(p, "code_challenge_method", codeChallengeMethod);
        putIfPresent(p, "nonce", nonce);
        return p;
    }

    /** The full URL a browser is sent to: {@code endpoint?response_type=code&client_id=...}. */
    public String toUrl(String endpoint) {
        return endpoint + "?" + AuthorizationEndpoint.encode(params());
    }

    static void putIfPresent(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
