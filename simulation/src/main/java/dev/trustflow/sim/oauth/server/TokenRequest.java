package dev.trustflow.sim.oauth.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form posted to {@code POST /token} (RFC 6749 sections 4.1.3, 4.4.2, 6; RFC 7636 section 4.5). Null fields
 * are absent.
 */
public record TokenRequest(String grantType, String clientId, String clientSecret, String code, String redirectUri,
                           String codeVerifier, String refreshToken, String scope) {

    public static TokenRequest authorizationCode(String clientId, String clientSecret, String code,
                                                 String redirectUri, String codeVerifier) {
        return new TokenRequest("authorization_code", clientId, clientSecret, code, redirectUri, codeVerifier, null,
                null);
    }

    public static TokenRequest clientCredentials(String clientId, String clientSecret, String scope) {
        return new TokenRequest("client_credentials", clientId, clientSecret, null, null, null, null, scope);
    }

    public static TokenRequest refresh(String clientId, String clientSecret, String refreshToken) {
        return new TokenRequest("refresh_token", clientId, clientSecret, null, null, null, refreshToken, null);
    }

    /** The parameters for the inspector; the client secret is shown only as its length, never in clear. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("grant_type", grantType);
        p.put("client_id", clientId);
        AuthorizationRequest.putIfPresent(p, "client_secret",
                clientSecret == null ? null : "(sent, " + clientSecret.length() + " characters)");
        AuthorizationRequest.putIfPresent(p, "code", code);
        AuthorizationRequest.putIfPresent(p, "redirect_uri", redirectUri);
        AuthorizationRequest.putIfPresent(p, "code_verifier", codeVerifier);
        AuthorizationRequest.putIfPresent(p, "refresh_token", refreshToken);
        AuthorizationRequest.putIfPresent(p, "scope", scope);
        return p;
    }
}
