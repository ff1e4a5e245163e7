package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.oauth.client.ClientRegistry;
import dev.trustflow.sim.oauth.client.RegisteredClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /authorize} (RFC 6749 section 4.1.1, RFC 7636 section 4.4). {@link #validate} runs before the
 * consent screen; {@link #approve} runs when the signed-in user clicks "Allow" and redirects back with a
 * one-time code (or, in the implicit flow, the token itself in the URL fragment).
 */
final class AuthorizationEndpoint {

    static final String PKCE_CHALLENGE = "pkce.challenge";
    static final String SCOPE = "oauth.scope";
    static final String RESPONSE_TYPE = "oauth.response-type";

    private final ServerSettings settings;
    private final ClientRegistry clients;
    private final CodeStore codes;
    private final TokenMinter minter;

    AuthorizationEndpoint(ServerSettings settings, ClientRegistry clients, CodeStore codes, TokenMinter minter) {
        this.settings = settings;
        this.clients = clients;
        this.codes = codes;
        this.minter = minter;
    }

    /**
     * The checks made before consent. When the redirect URI cannot be trusted the user sees an error page
     * (status 400, no redirect: sending anything to an unchecked URI would leak it); other errors go back to
     * the client's redirect URI.
     */
    AuthorizationResponse validate(AuthorizationRequest req) {
        List<CheckResult> checks = new ArrayList<>();
        Optional<RegisteredClient> client = clients.find(req.clientId());
        if (client.isEmpty()) {
            checks.add(CheckResult.fail(ClientRegistry.REDIRECT_URI, "no client is registered as '" + req.clientId()
                    + "', so no redirect URI can be trusted"));
            return errorPage(checks);
        }
        CheckResult redirect = clients.checkRedirect(client.get(), req.redirectUri(), settings.redirectMatching());
        checks.add(redirect);
        if (!redirect.passed()) {
            return errorPage(checks);
        }
        CheckResult type = responseType(req);
        checks.add(type);
        if (!type.passed()) {
            return errorRedirect(checks, req, "unsupported_response_type");
        }
        if (settings.pkceRequired() && "code".equals(req.responseType())) {
            CheckResult pkce = req.codeChallenge() != null && "S256".equals(req.codeChallengeMethod())
                    ? CheckResult.pass(PKCE_CHALLENGE, "an S256 code_challenge is present; it is stored with the code")
                    : CheckResult.fail(PKCE_CHALLENGE, "this server requires PKCE and the request has no S256"
                            + " code_challenge");
            checks.add(pkce);
            if (!pkce.passed()) {
                return errorRedirect(checks, req, "invalid_request");
            }
        }
        CheckResult scope = scope(client.get(), req.scope());
        checks.add(scope);
        if (!scope.passed()) {
            return errorRedirect(checks, req, "invalid_scope");
        }
        return new AuthorizationResponse(checks, 200, null, Map.of("consent", client.get().name() + " asks for: "
                + req.scope()), null);
    }

    /** After consent: a code (stored with the challenge and nonce) or, for the implicit flow, an access token. */
    AuthorizationResponse approve(AuthorizationRequest req, String subject, Instant authTime, Instant now) {
        AuthorizationResponse validated = validate(req);
        if (validated.status() != 200) {
            return validated;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if ("token".equals(req.responseType())) {
            IssuedToken token = minter.accessToken(subject, req.clientId(), settings.audiencesFor(req.scope()),
                    req.scope(), now, settings.accessTokenTtl());
            params.put("access_token", token.value());
            params.put("token_type", "Bearer");
            params.put("expires_in", Math.toIntExact(settings.accessTokenTtl().toSeconds()));
            params.put("scope", req.scope());
            AuthorizationRequest.putIfPresent(params, "state", req.state());
            return new AuthorizationResponse(validated.checks(), 302, req.redirectUri() + "#" + encode(params),
                    params, token);
        }
        params.put("code", codes.issue(subject, req, authTime, now));
        AuthorizationRequest.putIfPresent(params, "state", req.state());
        return new AuthorizationResponse(validated.checks(), 302, req.redirectUri() + "?" + encode(params), params,
                null);
    }

    private CheckResult responseType(AuthorizationRequest req) {
        if ("code".equals(req.responseType())) {
            return CheckResult.pass(RESPONSE_TYPE, "response_type=code: the token will travel on the back channel");
        }
        if ("token".equals(req.responseType())) {
            return settings.allowImplicit()
                    ? CheckResult.pass(RESPONSE_TYPE, "response_type=token (implicit flow, deprecated) is still"
                            + " enabled here: the token will travel in the URL")
                    : CheckResult.fail(RESPONSE_TYPE, "response_type=token (implicit flow) is disabled, as RFC 9700"
                            + " advises");
        }
        return CheckResult.fail(RESPONSE_TYPE, "response_type " + req.responseType() + " is not supported");
    }

    private static CheckResult scope(RegisteredClient client, String scope) {
        List<String> missing = new ArrayList<>();
        for (String s : ServerSettings.scopes(scope)) {
            if (!client.allowedScopes().contains(s)) {
                missing.add(s);
            }
        }
        return missing.isEmpty()
                ? CheckResult.pass(SCOPE, "every requested scope (" + scope + ") is allowed for " + client.clientId())
                : CheckResult.fail(SCOPE, client.clientId() + " may not ask for " + String.join(" ", missing));
    }

    private static AuthorizationResponse errorPage(List<CheckResult> checks) {
        return new AuthorizationResponse(checks, 400, null, Map.of("error", "invalid_request"), null);
    }

    private static AuthorizationResponse errorRedirect(List<CheckResult> checks, AuthorizationRequest req,
                                                       String error) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("error", error);
        AuthorizationRequest.putIfPresent(params, "state", req.state());
        return new AuthorizationResponse(checks, 302, req.redirectUri() + "?" + encode(params), params, null);
    }

    static String encode(Map<String, Object> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return s.toString();
    }
}
