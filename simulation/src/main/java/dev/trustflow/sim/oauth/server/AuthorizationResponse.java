package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.check.CheckResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the authorization endpoint answered.
 *
 * @param checks   every check it ran, in order
 * @param status   302 for a redirect back to the client, 400 for an error page shown to the user
 * @param location the redirect target (redirect URI plus query or fragment), or null for an error page
 * @param params   the parameters delivered to the client ({@code code}, {@code state}, or in the implicit flow
 *                 {@code access_token}...; {@code error} on failure)
 * @param token    the access token put in the URL fragment by the implicit flow, else null
 */
public record AuthorizationResponse(List<CheckResult> checks, int status, String location,
                                    Map<String, Object> params, IssuedToken token) {

    public AuthorizationResponse {
        checks = List.copyOf(checks);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public boolean redirects() {
        return location != null;
    }

    public boolean ok() {
        return redirects() && !params.containsKey("error");
    }

    public Optional<String> param(String key) {
        return Optional.ofNullable(params.get(key)).map(String::valueOf);
    }

    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }
}
