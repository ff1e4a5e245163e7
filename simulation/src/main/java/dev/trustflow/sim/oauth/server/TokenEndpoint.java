package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.pkce.Pkce;
import dev.trustflow.sim.oauth.client.ClientRegistry;
import dev.trustflow.sim.oauth.client.RegisteredClient;
import dev.trustflow.sim.oauth.refresh.Redemption;
import dev.trustflow.sim.oauth.refresh.RefreshFamily;
import dev.trustflow.sim.oauth.refresh.RefreshTokenStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /token}: the authorization code, client credentials and refresh token grants. */
final class TokenEndpoint {

    private final ServerSettings settings;
    private final ClientRegistry clients;
    private final CodeStore codes;
    private final RefreshTokenStore refreshTokens;
    private final TokenMinter minter;

    TokenEndpoint(ServerSettings settings, ClientRegistry clients, CodeStore codes, RefreshTokenStore refreshTokens,
                  TokenMinter minter) {
        this.settings = settings;
        this.clients = clients;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.minter = minter;
    }

    TokenResponse handle(TokenRequest req, Instant now) {
        List<CheckResult> checks = new ArrayList<>();
        CheckResult auth = clients.authenticate(req.clientId(), req.clientSecret());
        checks.add(auth);
        if (!auth.passed()) {
            return TokenResponse.error(checks, 401, "invalid_client", null);
        }
        RegisteredClient client = clients.find(req.clientId()).orElseThrow();
        switch (req.grantType()) {
            case "authorization_code":
                return authorizationCode(req, checks, now);
            case "client_credentials":
                return clientCredentials(client, req, checks, now);
            case "refresh_token":
                return refresh(req, checks, now);
            default:
                checks.add(CheckResult.fail("oauth.grant-type", "grant_type " + req.grantType() + " is not supported"));
                return TokenResponse.error(checks, 400, "unsupported_grant_type", null);
        }
    }

    private TokenResponse authorizationCode(TokenRequest req, List<CheckResult> checks, Instant now) {
        CodeStore.Redemption redemption = codes.redeem(req.code(), req.clientId(), now);
        checks.addAll(redemption.checks());
        if (redemption.grant().isEmpty()) {
            return TokenResponse.error(checks, 400, "invalid_grant", revokeReusedGrant(redemption, now));
        }
        CodeStore.Grant grant = redemption.grant().get();
        AuthorizationRequest original = grant.request();
        CheckResult redirect = original.redirectUri().equals(req.redirectUri())
                ? CheckResult.pass(ClientRegistry.REDIRECT_URI, "redirect_uri is the same as in the authorization"
                        + " request")
                : CheckResult.fail(ClientRegistry.REDIRECT_URI, "redirect_uri " + req.redirectUri() + " differs from"
                        + " the authorization request's " + original.redirectUri());
        checks.add(redirect);
        if (!redirect.passed()) {
            return TokenResponse.error(checks, 400, "invalid_grant", null);
        }
        if (original.codeChallenge() != null) {
            CheckResult pkce = Pkce.verify(original.codeChallenge(), original.codeChallengeMethod(),
                    req.codeVerifier());
            checks.add(pkce);
            if (!pkce.passed()) {
                return TokenResponse.error(checks, 400, "invalid_grant", null);
            }
        }
        codes.spend(grant);
        List<IssuedToken> tokens = new ArrayList<>();
        IssuedToken access = minter.accessToken(grant.subject(), grant.clientId(),
                settings.audiencesFor(original.scope()), original.scope(), now, settings.accessTokenTtl());
        tokens.add(access);
        grant.recordIssued(access.id());
        if (original.wantsOpenId()) {
            tokens.add(minter.idToken(grant.subject(), grant.clientId(), original.nonce(), grant.authTime(), now,
                    settings.idTokenTtl()));
        }
        if (ServerSettings.scopes(original.scope()).contains("offline_access")) {
            RefreshTokenStore.Issued refresh = refreshTokens.issue(grant.subject(), grant.clientId(),
                    original.scope(), now);
            grant.recordIssued(refresh.family().id());
            tokens.add(new IssuedToken(IssuedToken.Kind.REFRESH, refresh.refreshToken(), refresh.family().id(),
                    refresh.family().expiresAt(), grant.subject(), grant.clientId(), original.scope()));
        }
        return new TokenResponse(checks, 200, null, tokens, null);
    }

    /** RFC 6749 section 4.1.2: a reused code revokes the refresh family issued from it, if any. */
    private RefreshFamily revokeReusedGrant(CodeStore.Redemption redemption, Instant now) {
        if (redemption.reusedGrant().isEmpty()) {
            return null;
        }
        for (RefreshFamily family : refreshTokens.families()) {
            if (redemption.reusedGrant().get().issuedTokenIds().contains(family.id())) {
                refreshTokens.revokeFamily(family, "its authorization code was presented twice", now);
                return family;
            }
        }
        return null;
    }

    private TokenResponse clientCredentials(RegisteredClient client, TokenRequest req, List<CheckResult> checks,
                                            Instant now) {
        List<String> notAllowed = new ArrayList<>();
        for (String s : ServerSettings.scopes(req.scope())) {
            if (!client.allowedScopes().contains(s)) {
                notAllowed.add(s);
            }
        }
        CheckResult scope = notAllowed.isEmpty()
                ? CheckResult.pass(AuthorizationEndpoint.SCOPE, client.clientId() + " is allowed " + req.scope())
                : CheckResult.fail(AuthorizationEndpoint.SCOPE, client.clientId() + " is not allowed "
                        + String.join(" ", notAllowed));
        checks.add(scope);
        if (!scope.passed()) {
            return TokenResponse.error(checks, 400, "invalid_scope", null);
        }
        IssuedToken access = minter.accessToken(client.clientId(), client.clientId(),
                settings.audiencesFor(req.scope()), req.scope(), now, settings.accessTokenTtl());
        return new TokenResponse(checks, 200, null, List.of(access), null);
    }

    private TokenResponse refresh(TokenRequest req, List<CheckResult> checks, Instant now) {
        Redemption redemption = refreshTokens.redeem(req.refreshToken(), req.clientId(), now);
        checks.addAll(redemption.checks());
        if (!redemption.accepted()) {
            return TokenResponse.error(checks, 400, "invalid_grant",
                    redemption.familyRevoked() ? redemption.family() : null);
        }
        RefreshFamily family = redemption.family();
        List<IssuedToken> tokens = new ArrayList<>();
        tokens.add(minter.accessToken(family.subject(), family.clientId(), settings.audiencesFor(family.scope()),
                family.scope(), now, settings.accessTokenTtl()));
        if (!redemption.refreshToken().equals(req.refreshToken())) {
            tokens.add(new IssuedToken(IssuedToken.Kind.REFRESH, redemption.refreshToken(), family.id(),
                    family.expiresAt(), family.subject(), family.clientId(), family.scope()));
        }
        return new TokenResponse(checks, 200, null, tokens, null);
    }
}
