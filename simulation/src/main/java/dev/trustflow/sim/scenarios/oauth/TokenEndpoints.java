package dev.trustflow.sim.scenarios.oauth;

import static dev.trustflow.sim.scenarios.oauth.Cast.AUTH;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.refresh.RefreshFamily;
import dev.trustflow.sim.oauth.server.AuthorizationServer;
import dev.trustflow.sim.oauth.server.IssuedToken;
import dev.trustflow.sim.oauth.server.TokenRequest;
import dev.trustflow.sim.oauth.server.TokenResponse;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authorization server's back-channel endpoints as the world delivers requests to them: {@code POST /token}
 * (every grant; tokens issued go into the caller's wallet, a rotated refresh token replaces the old one, a family
 * revoked on reuse leaves every wallet) and {@code GET /.well-known/jwks.json}. Installed on a {@link PathRouter}
 * that the code-flow pages ({@link LoginPages}) may share.
 */
final class TokenEndpoints {

    private static final String TOKEN_REQUEST = "token-request";
    private static final String TOKEN_RESPONSE = "token-response";

    private final Simulation sim;
    private final AuthorizationServer server;

    TokenEndpoints(Simulation sim, AuthorizationServer server) {
        this.sim = sim;
        this.server = server;
    }

    /** Adds {@code POST /token} and the JWKS to {@code router}. */
    PathRouter addTo(PathRouter router) {
        return router.on("POST", "/token", this::token)
                .on("GET", "/.well-known/jwks.json", at -> Reply.of(200, "The JWKS holds only the public key: the"
                        + " private key never leaves the authorization server.")
                        .data("keys", server.jwks().getKeys().size())
                        .artifact(Artifact.jwks("JWKS", server.jwks().toString())));
    }

    /** An API downloads the authorization server's public keys once, before it checks any token. */
    static Request jwks(String api, String label) {
        return Request.get(api, AUTH, "/.well-known/jwks.json").caption("The " + label + " fetches the"
                + " authorization server's public signing key (JWKS) once; from then on it checks tokens by itself.");
    }

    /** {@code caller}'s call to the token endpoint on its link to the authorization server. */
    static Request token(String caller, TokenRequest req, String caption) {
        return Request.post(caller, AUTH, "/token").caption(caption).data(req.params()).carry(TOKEN_REQUEST, req);
    }

    /** What the token endpoint answered in {@code exchange}. */
    static TokenResponse answer(Exchange exchange) {
        return exchange.carried(TOKEN_RESPONSE, TokenResponse.class).orElseThrow(() ->
                new IllegalStateException("no answer from the token endpoint"));
    }

    private Reply token(Arrival at) {
        TokenRequest req = at.request().carried(TOKEN_REQUEST, TokenRequest.class).orElseThrow();
        String holder = at.request().from();
        Optional<String> presentedRefresh = Optional.ofNullable(req.refreshToken()).flatMap(this::refreshId);
        TokenResponse res = server.token(req);
        int failed = Timeline.checks(at, res.checks(), Timeline.SHOWN);
        for (IssuedToken t : res.tokens()) {
            EventBuilder issued = at.event(EventKinds.TOKEN_ISSUED).to(holder)
                    .caption("The authorization server issues " + article(t) + " to " + req.clientId() + ".")
                    .data("token", t.kind().label()).data("id", t.id()).data("subject", t.subject())
                    .data("client_id", t.clientId()).data("scope", t.scope())
                    .data("expires", t.expiresAt().toString()).artifact(Timeline.artifact(t));
            Credential held = credential(t);
            if (t.kind() == IssuedToken.Kind.REFRESH) {
                issued.artifact(Artifact.text("token store", server.refreshTokens().describe()));
            }
            if (t.kind() == IssuedToken.Kind.REFRESH && presentedRefresh.isPresent()
                    && sim.wallets().holds(holder, presentedRefresh.get())) {
                issued.rotates(holder, presentedRefresh.get(), held);
            } else {
                issued.gives(holder, held);
            }
            issued.emit();
        }
        if (res.revokedFamily() != null) {
            revokeFamily(at, res.revokedFamily(), req, failed);
        }
        List<Artifact> tokens = res.tokens().stream().map(Timeline::artifact).toList();
        Reply reply = res.ok() ? Reply.of(200, "The token endpoint answers with the tokens.")
                : refusal(at, res);
        tokens.forEach(reply::artifact);
        return reply.data(res.params()).carry(TOKEN_RESPONSE, res);
    }

    private static Reply refusal(Arrival at, TokenResponse res) {
        String caption = "The token endpoint refuses: " + res.error() + ".";
        CheckResult failed = res.firstFailure().orElse(null);
        return failed == null ? Reply.of(res.status(), caption) : at.refuse(res.status(), failed, caption);
    }

    private void revokeFamily(Arrival at, RefreshFamily family, TokenRequest req, int failedCheck) {
        EventBuilder revoked = sim.event(EventKinds.TOKEN_REVOKED, AUTH).cause(failedCheck).flow(at.flow())
                .caption("The authorization server revokes every refresh token of " + family.id() + ".")
                .data("revoked", family.id())
                .artifact(Artifact.text("token store", server.refreshTokens().describe()));
        family.members().forEach(m -> revoked.revokes(memberId(family, m)));
        revoked.emit();
        sim.event(EventKinds.ALERT_RAISED, AUTH).cause(failedCheck).flow(at.flow())
                .caption("Alert: a spent " + ("refresh_token".equals(req.grantType()) ? "refresh token" : "code")
                        + " of " + family.subject() + " came back, so someone else holds it; " + family.id()
                        + " is revoked.")
                .data("family", family.id()).data("subject", family.subject()).data("client_id", family.clientId())
                .emit();
    }

    /** A token as a wallet holds it: what it opens (its audiences that are actors of this world), until when. */
    private Credential credential(IssuedToken t) {
        if (t.kind() == IssuedToken.Kind.REFRESH) {
            return new Credential(refreshId(t.value()).orElseThrow(), Credential.Kind.TOKEN,
                    t.subject() + "'s refresh token for " + t.clientId(), Set.of(AUTH), t.expiresAt());
        }
        Set<String> opens = t.kind() == IssuedToken.Kind.ID ? Set.of(t.clientId())
                : Set.copyOf(server.settings().audiencesFor(t.scope()));
        return new Credential(t.id(), Credential.Kind.TOKEN, t.subject() + "'s " + t.kind().label() + " for "
                + t.clientId(), opens.stream().filter(sim.world()::has).collect(Collectors.toSet()), t.expiresAt());
    }

    /** The wallet id of a refresh token: its family and generation ({@code family-1/2}). */
    Optional<String> refreshId(String value) {
        String hash = OpaqueSecrets.hash(value);
        for (RefreshFamily f : server.refreshTokens().families()) {
            for (RefreshFamily.Member m : f.members()) {
                if (m.hash().equals(hash)) {
                    return Optional.of(memberId(f, m));
                }
            }
        }
        return Optional.empty();
    }

    private static String memberId(RefreshFamily family, RefreshFamily.Member member) {
        return family.id() + "/" + member.generation();
    }

    private static String article(IssuedToken t) {
        return (t.kind() == IssuedToken.Kind.REFRESH ? "a " : "an ") + t.kind().label();
    }
}
