package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;

/**
 * An API that checks bearer access tokens locally ({@link AccessTokenCheck}) and answers 200, 401 or 403: the
 * handler of its actor. Each request names the scope its operation needs.
 */
final class BearerApi {

    private static final String BEARER = "bearer";
    private static final String SCOPE = "required-scope";
    private static final String SAID_IF_OK = "said-if-ok";
    private static final String DECISION = "decision";

    private BearerApi() {
    }

    /** Makes {@code actor} answer every request with {@code check}'s decision. */
    static void install(Simulation sim, String actor, AccessTokenCheck check) {
        sim.serve(actor, at -> answer(at, check));
    }

    /**
     * {@code caller} calls {@code method path} on {@code api} with {@code token}; the operation needs {@code scope}.
     *
     * @param saidIfOk what a 200 means, in the story
     */
    static Request call(String caller, String api, String method, String path, String token, String scope,
                        String caption, String saidIfOk) {
        return Request.of(method, caller, api, path).caption(caption)
                .data("authorization", "Bearer " + token).data("required_scope", scope)
                .artifact(Artifact.jwt("access token", token))
                .carry(BEARER, token).carry(SCOPE, scope).carry(SAID_IF_OK, saidIfOk);
    }

    /** The API's decision on the request of {@code exchange}. */
    static Decision decision(Exchange exchange) {
        return exchange.carried(DECISION, Decision.class).orElseThrow(() ->
                new IllegalStateException("the API gave no decision"));
    }

    private static Reply answer(Arrival at, AccessTokenCheck check) {
        Decision d = check.check(at.request().carried(BEARER, String.class).orElse(null),
                at.request().carried(SCOPE, String.class).orElseThrow(), at.now());
        at.checks(d.checks(), Timeline.SHOWN);
        Reply reply;
        if (d.accepted()) {
            reply = Reply.of(200, at.request().carried(SAID_IF_OK, String.class).orElse("The API answers."));
        } else {
            CheckResult failed = d.firstFailure().orElseThrow();
            reply = at.refuse(d.status(), failed, d.status() == 403
                    ? "The API refuses with 403: the token is valid but lacks the scope."
                    : "The API refuses with 401: " + failed.check() + " failed.");
        }
        return reply.data("checks", Timeline.summary(d.checks())).data("subject", d.subject()).carry(DECISION, d);
    }
}
