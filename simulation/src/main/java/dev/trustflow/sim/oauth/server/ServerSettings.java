package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.oauth.client.RedirectMatching;
import dev.trustflow.sim.oauth.refresh.RotationPolicy;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * How an authorization server is configured; scenarios flip these for their what-ifs.
 *
 * @param issuer           the {@code iss} of every token it signs
 * @param pkceRequired     whether the authorization endpoint demands an S256 challenge
 * @param allowImplicit    whether {@code response_type=token} (the deprecated implicit flow) is served
 * @param redirectMatching how {@code redirect_uri} is compared with the registered ones
 * @param codeLifetime     how long an authorization code can be exchanged
 * @param accessTokenTtl   access token lifetime
 * @param idTokenTtl       ID token lifetime
 * @param refresh          refresh token rotation, reuse detection and family lifetime
 * @param scopeAudiences   which API ({@code aud}) each scope belongs to
 */
public record ServerSettings(String issuer, boolean pkceRequired, boolean allowImplicit,
                             RedirectMatching redirectMatching, Duration codeLifetime, Duration accessTokenTtl,
                             Duration idTokenTtl, RotationPolicy refresh, Map<String, String> scopeAudiences) {

    public ServerSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(redirectMatching, "redirectMatching");
        Objects.requireNonNull(refresh, "refresh");
        scopeAudiences = Map.copyOf(scopeAudiences);
    }

    /** RFC 9700 defaults: PKCE required, no implicit flow, exact redirect matching, rotation with reuse detection. */
    public static ServerSettings secure(String issuer, Map<String, String> scopeAudiences) {
        return new ServerSettings(issuer, true, false, RedirectMatching.EXACT, Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofMinutes(10), new RotationPolicy(true, true, Duration.ofDays(30)),
                scopeAudiences);
    }

    /** The space-separated scopes of a {@code scope} parameter (none for null or blank). */
    public static List<String> scopes(String scope) {
        return scope == null || scope.isBlank() ? List.of() : List.of(scope.trim().split("\\s+"));
    }

    /** The APIs a token with these scopes is for ({@code aud}); the userinfo endpoint when no API scope is asked. */
    public List<String> audiencesFor(String scope) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : scopes(scope)) {
            String aud = scopeAudiences.get(s);
            if (aud != null) {
                out.add(aud);
            }
        }
        return out.isEmpty() ? List.of(issuer + "/userinfo") : List.copyOf(out);
    }

    public ServerSettings withPkceRequired(boolean value) {
        return new ServerSettings(issuer, value, allowImplicit, redirectMatching, codeLifetime, accessTokenTtl,
                idTokenTtl, refresh, scopeAudiences);
    }

    public ServerSettings withImplicit(boolean value) {
        return new ServerSettings(issuer, pkceRequired, value, redirectMatching, codeLifetime, accessTokenTtl,
                idTokenTtl, refresh, scopeAudiences);
    }

    public ServerSettings withRedirectMatching(RedirectMatching value) {
        return new ServerSettings(issuer, pkceRequired, allowImplicit, value, codeLifetime, accessTokenTtl,
                idTokenTtl, refresh, scopeAudiences);
    }

    public ServerSettings withAccessTokenTtl(Duration value) {
        return new ServerSettings(issuer, pkceRequired, allowImplicit, redirectMatching, codeLifetime, value,
                idTokenTtl, refresh, scopeAudiences);
    }

    public ServerSettings withRefresh(RotationPolicy value) {
        return new ServerSettings(issuer, pkceRequired, allowImplicit, redirectMatching, codeLifetime,
                accessTokenTtl, idTokenTtl, value, scopeAudiences);
    }
}
