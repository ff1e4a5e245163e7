package dev.trustflow.sim.oauth.validation;

import dev.trustflow.sim.check.CheckResult;
import java.util.List;
import java.util.Optional;

/**
 * What a receiver decided about a token.
 *
 * @param checks  every check that ran, in order (the verifier's report first)
 * @param status  200 when accepted, 401 for a token that is not valid, 403 for a valid token without the scope
 * @param subject the token's {@code sub} when accepted, else null
 */
public record Decision(List<CheckResult> checks, int status, String subject) {

    public Decision {
        checks = List.copyOf(checks);
    }

    public boolean accepted() {
        return status == 200;
    }

    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    public Optional<CheckResult> check(String id) {
        return checks.stream().filter(c -> c.check().equals(id)).findFirst();
    }
}
