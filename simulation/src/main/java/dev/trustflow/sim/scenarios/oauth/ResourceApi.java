package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.oauth.validation.AccessTokenCheck;
import dev.trustflow.sim.oauth.validation.Decision;
import dev.trustflow.sim.trace.Artifact;
import java.util.LinkedHashMap;
import java.util.Map;

/** An API that checks bearer access tokens locally and answers 200, 401 or 403. */
final class ResourceApi {

    private final Wire wire;
    private final String actor;
    private final AccessTokenCheck check;

    ResourceApi(Wire wire, String actor, AccessTokenCheck check) {
        this.wire = wire;
        this.actor = actor;
        this.check = check;
    }

    String actor() {
        return actor;
    }

    /**
     * {@code caller} calls {@code method path} with {@code token}; the operation needs {@code scope}.
     *
     * @param okCaption what a 200 means, in the story
     */
    Decision call(String caller, String method, String path, String token, String scope, String caption,
                  String okCaption) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("authorization", "Bearer " + token);
        params.put("required_scope", scope);
        wire.request(caller, actor, method, path, caption, params, Artifact.jwt("access token", token));
        Decision d = check.check(token, scope, wire.now());
        wire.checks(actor, d.checks());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("checks", Wire.summary(d.checks()));
        if (d.subject() != null) {
            answer.put("subject", d.subject());
        }
        String refused = d.status() == 403 ? "The API refuses with 403: the token is valid but lacks the scope."
                : "The API refuses with 401: " + d.firstFailure().map(c -> c.check()).orElse("the token")
                        + " failed.";
        wire.response(actor, caller, d.status(), d.accepted() ? okCaption : refused, answer);
        return d;
    }
}
