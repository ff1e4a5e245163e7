package dev.trustflow.sim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Divergence on real pairs of runs: the first difference is where the what-if first changes what happens. */
class DivergenceTest {

    private static Trace run(String scenario, String key, String value) {
        return new ScenarioRunner().run(BundledScenarios.catalog().require(scenario), Map.of(key, value), 42);
    }

    @Test
    void pkceOnAndOffPartWaysAtTheChallengeCheck() {
        Trace on = run("oauth-code-pkce", "pkce", "true");
        Trace off = run("oauth-code-pkce", "pkce", "false");

        Divergence divergence = Divergence.between(on, off);

        int first = divergence.firstIndex();
        assertThat(on.event(first).check()).contains("pkce.challenge");
        assertThat(off.events().stream().anyMatch(e -> e.check().filter("pkce.challenge"::equals).isPresent()))
                .isFalse();
        for (int i = 0; i < first; i++) {
            assertThat(EventKey.of(on.event(i))).isEqualTo(EventKey.of(off.event(i)));
        }
        assertThat(divergence.description())
                .isEqualTo("left: check.pass pkce.challenge / right: " + EventKey.of(off.event(first)).describe());
        AlignedStep atFirst = divergence.steps().get(first);
        assertThat(atFirst.same()).isFalse();
        assertThat(atFirst.leftOnly()).isTrue();
        assertThat(divergence.steps().get(first + 1)).isEqualTo(new AlignedStep(first + 1, first, true));
    }

    @Test
    void pkceOnAndOffLineUpTheVerifierFailureWithTheStolenTokens() {
        Trace on = run("oauth-code-pkce", "pkce", "true");
        Trace off = run("oauth-code-pkce", "pkce", "false");

        Divergence divergence = Divergence.between(on, off);

        AlignedStep verifier = divergence.steps().stream()
                .filter(s -> s.left() >= 0 && on.event(s.left()).check().filter("pkce.verifier"::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(on.event(verifier.left()).kind()).isEqualTo("check.fail");
        assertThat(verifier.same()).isFalse();
        assertThat(verifier.right()).isNotNegative();
        assertThat(off.event(verifier.right()).kind()).isEqualTo("token.issued");
        assertThat(off.event(verifier.right()).target()).isEqualTo("attacker");
        assertAlignmentCoversBoth(divergence, on, off);
    }

    @Test
    void jwtAnatomyValidCallAndTamperedPayloadPartWaysWhenTheAttackerStepsIn() {
        Trace none = run("jwt-anatomy", "attack", "none");
        Trace tamper = run("jwt-anatomy", "attack", "tamper-payload");

        Divergence divergence = Divergence.between(none, tamper);

        assertThat(divergence.firstIndex()).isEqualTo(4);
        assertThat(divergence.description()).isEqualTo(
                "left: http.request alice-app→api-gateway / right: attack.step attacker→alice-app");
        AlignedStep signature = divergence.steps().stream()
                .filter(s -> s.left() >= 0 && none.event(s.left()).check().filter("jwt.signature"::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(none.event(signature.left()).kind()).isEqualTo("check.pass");
        assertThat(tamper.event(signature.right()).kind()).isEqualTo("check.fail");
        assertThat(tamper.event(signature.right()).check()).contains("jwt.signature");
        AlignedStep typ = divergence.steps().get(divergence.steps().indexOf(signature) + 1);
        assertThat(typ.same()).isTrue();
        assertThat(none.event(typ.left()).check()).contains("jwt.typ");
        assertAlignmentCoversBoth(divergence, none, tamper);
    }

    @Test
    void sameOptionsGiveNoDifference() {
        Trace a = run("jwt-anatomy", "attack", "expired");
        Trace b = run("jwt-anatomy", "attack", "expired");

        Divergence divergence = Divergence.between(a, b);

        assertThat(divergence.identical()).isTrue();
        assertThat(divergence.firstIndex()).isEqualTo(-1);
        assertThat(divergence.description()).isEqualTo(Divergence.NONE);
        assertThat(divergence.differences()).isZero();
        assertThat(divergence.steps()).hasSize(a.size()).allMatch(AlignedStep::same);
    }

    @Test
    void aRunThatStopsEarlyDivergesWhereItEnds() {
        List<TraceEvent> longer = run("jwt-anatomy", "attack", "none").events();
        List<TraceEvent> shorter = longer.subList(0, 5);

        Divergence divergence = Divergence.between(shorter, longer);

        assertThat(divergence.firstIndex()).isEqualTo(5);
        assertThat(divergence.description()).isEqualTo("left: end of run / right: check.pass jwt.format");
        assertThat(divergence.steps()).hasSize(longer.size());
        assertThat(divergence.steps().get(5)).isEqualTo(new AlignedStep(-1, 5, false));
        assertThat(divergence.leftAt(12)).isEqualTo(4);
        assertThat(divergence.rightAt(12)).isEqualTo(12);
        assertThat(divergence.leftAt(-1)).isEqualTo(-1);
    }

    /** Every event of each run appears exactly once, in order. */
    private static void assertAlignmentCoversBoth(Divergence divergence, Trace left, Trace right) {
        assertThat(divergence.steps().stream().filter(s -> s.left() >= 0).map(AlignedStep::left).toList())
                .isEqualTo(java.util.stream.IntStream.range(0, left.size()).boxed().toList());
        assertThat(divergence.steps().stream().filter(s -> s.right() >= 0).map(AlignedStep::right).toList())
                .isEqualTo(java.util.stream.IntStream.range(0, right.size()).boxed().toList());
    }
}
