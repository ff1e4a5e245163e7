package dev.trustflow.sim.oauth.server;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.oauth.refresh.RefreshFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the token endpoint answered.
 *
 * @param checks         every check it ran, in order
 * @param status         200, 400 ({@code invalid_grant}, {@code invalid_scope}) or 401 ({@code invalid_client})
 * @param error          the OAuth error code, or null on success
 * @param tokens         the tokens issued (access, ID, refresh), in that order
 * @param revokedFamily  the refresh family this request revoked (reuse detected), or null
 */
public record TokenResponse(List<CheckResult> checks, int status, String error, List<IssuedToken> tokens,
                            RefreshFamily revokedFamily) {

    public TokenResponse {
        checks = List.copyOf(checks);
        tokens = List.copyOf(tokens);
    }

    static TokenResponse error(List<CheckResult> checks, int status, String error, RefreshFamily revoked) {
        return new TokenResponse(checks, status, error, List.of(), revoked);
    }

    public boolean ok() {
        return status == 200;
    }

    public Optional<IssuedToken> token(IssuedToken.Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).findFirst();
    }

    public Optional<String> accessToken() {
        return token(IssuedToken.Kind.ACCESS).map(IssuedToken::value);
    }

    public Optional<String> refreshToken() {
        return token(IssuedToken.Kind.REFRESH).map(IssuedToken::value);
    }

    public Optional<String> idToken() {
        return token(IssuedToken.Kind.ID).map(IssuedToken::value);
    }

    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /** The JSON body's fields, for the inspector. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (error != null) {
            p.put("error", error);
            firstFailure().ifPresent(f -> p.put("error_description", f.reason()));
            return p;
        }
        accessToken().ifPresent(t -> {
            p.put("access_token", t);
            p.put("token_type", "Bearer");
        });
        token(IssuedToken.Kind.ACCESS).ifPresent(t -> p.put("scope", t.scope()));
        idToken().ifPresent(t -> p.put("id_token", t));
        refreshToken().ifPresent(t -> p.put("refresh_token", t));
        return p;
    }
}
