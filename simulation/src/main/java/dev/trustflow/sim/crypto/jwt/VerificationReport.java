package dev.trustflow.sim.crypto.jwt;

import dev.trustflow.sim.check.CheckResult;
import java.util.List;
import java.util.Optional;

/** Every check run on one token, in the order they ran; the token is valid when all passed. */
public record VerificationReport(List<CheckResult> checks) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public boolean valid() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckResult::passed);
    }

    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    public Optional<CheckResult> check(String id) {
        return checks.stream().filter(c -> c.check().equals(id)).findFirst();
    }
}
