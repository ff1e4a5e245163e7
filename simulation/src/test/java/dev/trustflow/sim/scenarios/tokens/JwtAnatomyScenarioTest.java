package dev.trustflow.sim.scenarios.tokens;

import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ALICE_APP;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ATTACKER;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.GATEWAY;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.scenario.TraceFacts;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtAnatomyScenarioTest {

    private final JwtAnatomyScenario scenario = new JwtAnatomyScenario();

    private Trace run(String attack, String verifier) {
        return TraceFacts.run(scenario, Map.of("attack", attack, "verifier", verifier), 7);
    }

    @Test
    void aValidCallPassesEveryCheckAndReachesTheOrdersService() {
        Trace trace = run("none", "strict");

        assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "check.pass")).hasSize(JwtVerifier.CHECK_ORDER.size())
                .allMatch(e -> e.actor().equals(GATEWAY));
        assertThat(TraceFacts.lastStatusTo(trace, ALICE_APP)).contains(200);
        assertThat(TraceFacts.ofKind(trace, "http.request")).anyMatch(e -> ORDERS.equals(e.target()));
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        assertThat(TraceFacts.ofKind(trace, "attack.step")).isEmpty();
        TraceEvent key = TraceFacts.ofKind(trace, "key.created").get(0);
        assertThat(key.artifacts()).extracting(Artifact::type).containsExactly("jwks");
        TraceEvent issued = TraceFacts.ofKind(trace, "token.issued").get(0);
        assertThat(issued.target()).isEqualTo(ALICE_APP);
        assertThat(issued.artifacts().get(0).type()).isEqualTo("jwt");
        assertThat(issued.text("alg")).contains("ES256");
    }

    @ParameterizedTest
    @CsvSource({
            "tamper-payload,  jwt.signature",
            "strip-signature, jwt.signature",
            "alg-none,        jwt.alg",
            "alg-confusion,   jwt.alg",
            "wrong-audience,  jwt.aud",
            "expired,         jwt.exp"})
    void theStrictVerifierRefusesEachAttackAtItsOwnCheck(String attack, String check) {
        Trace trace = run(attack, "strict");

        assertThat(TraceFacts.failedChecks(trace)).first().isEqualTo(check);
        assertThat(TraceFacts.lastStatusTo(trace, ATTACKER)).contains(401);
        TraceEvent refusal = TraceFacts.ofKind(trace, "http.response").stream()
                .filter(e -> ATTACKER.equals(e.target())).findFirst().orElseThrow();
        assertThat(refusal.text("check")).contains(check);
        assertThat(refusal.text("reason")).isPresent();
        assertThat(TraceFacts.ofKind(trace, "check.pass").size() + TraceFacts.failedChecks(trace).size())
                .isEqualTo(JwtVerifier.CHECK_ORDER.size());
        assertThat(TraceFacts.ofKind(trace, "http.request")).noneMatch(e -> ORDERS.equals(e.target()));
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).isEmpty();
        List<TraceEvent> steps = TraceFacts.ofKind(trace, "attack.step");
        assertThat(steps).isNotEmpty().allMatch(e -> e.actor().equals(ATTACKER));
        assertThat(steps.get(steps.size() - 1).artifacts().get(0).type()).isEqualTo("jwt");
    }

    @ParameterizedTest
    @CsvSource({
            "tamper-payload,  401, jwt.signature",
            "strip-signature, 401, jwt.format",
            "alg-none,        200, ''",
            "alg-confusion,   200, ''",
            "wrong-audience,  200, ''",
            "expired,         200, ''"})
    void theNaiveVerifierReallyLetsSomeAttacksThrough(String attack, int status, String failedCheck) {
        Trace trace = run(attack, "naive");

        assertThat(TraceFacts.lastStatusTo(trace, ATTACKER)).contains(status);
        assertThat(TraceFacts.ofKind(trace, "data.leaked")).hasSize(status == 200 ? 1 : 0);
        if (status == 401) {
            assertThat(TraceFacts.failedChecks(trace)).containsExactly(failedCheck);
        } else {
            assertThat(TraceFacts.failedChecks(trace)).isEmpty();
        }
    }

    @Test
    void algConfusionRunsOnRs256AndTheForgedAdminTokenLeaksEveryOrderToANaiveGateway() {
        Trace trace = run("alg-confusion", "naive");

        assertThat(TraceFacts.ofKind(trace, "token.issued").get(0).text("alg")).contains("RS256");
        assertThat(TraceFacts.ofKind(trace, "attack.step")).extracting(e -> e.text("step").orElseThrow())
                .containsExactly("capture", "fetch-public-key", "alg-confusion");
        TraceEvent signature = TraceFacts.ofKind(trace, "check.pass").stream()
                .filter(e -> e.check().orElseThrow().equals("jwt.signature")).findFirst().orElseThrow();
        assertThat(signature.text("reason").orElseThrow()).contains("public key PEM");
        assertThat(TraceFacts.ofKind(trace, "data.leaked").get(0).caption()).contains("every customer");
    }

    @Test
    void expiredJumpsTwentyMinutesBeforeTheReplay() {
        Trace trace = run("expired", "strict");

        TraceEvent jump = TraceFacts.ofKind(trace, "clock.jump").get(0);
        assertThat(jump.caption()).isEqualTo("20 minutes later");
        TraceEvent issued = TraceFacts.ofKind(trace, "token.issued").get(0);
        TraceEvent expFail = trace.events().stream().filter(e -> e.check().orElse("").equals("jwt.exp"))
                .findFirst().orElseThrow();
        assertThat(Duration.between(issued.at(), expFail.at())).isGreaterThan(Duration.ofMinutes(20));
    }

    @Test
    void sameSeedSameStoryAndTheTraceRoundTrips() throws Exception {
        TraceCodec codec = new TraceCodec();
        for (String attack : JwtAttack.ids()) {
            for (String verifier : List.of("strict", "naive")) {
                Trace a = run(attack, verifier);
                Trace b = run(attack, verifier);
                assertThat(TraceFacts.outline(b)).as(attack + "/" + verifier).isEqualTo(TraceFacts.outline(a));
                assertThat(codec.parse(codec.toJson(a), "test")).isEqualTo(a);
            }
        }
    }

    @Test
    void theRefusalNamesTheCheckThatFailedAndTheLeakNamesTheResponseTheAttackerGot() {
        Trace refused = run("tamper-payload", "strict");
        TraceEvent refusal = TraceFacts.ofKind(refused, "http.response").stream()
                .filter(e -> ATTACKER.equals(e.target())).findFirst().orElseThrow();
        TraceEvent failed = refused.event(refusal.cause());
        assertThat(failed.kind()).isEqualTo("check.fail");
        assertThat(failed.actor()).isEqualTo(GATEWAY);
        assertThat(failed.check()).contains("jwt.signature");

        Trace leaked = run("alg-none", "naive");
        TraceEvent leak = TraceFacts.ofKind(leaked, "data.leaked").get(0);
        TraceEvent response = leaked.event(leak.cause());
        assertThat(response.kind()).isEqualTo("http.response");
        assertThat(response.target()).isEqualTo(ATTACKER);
        assertThat(response.status()).contains(200);
        assertThat(leak.flow()).isEqualTo(response.flow());
    }

    @Test
    void theCaptureStealsAlicesTokenAndTheVirtualClockExpiresBothCopies() {
        Trace trace = run("expired", "strict");
        TraceEvent capture = TraceFacts.ofKind(trace, "attack.step").get(0);
        assertThat(trace.event(capture.cause()).kind()).isEqualTo("token.issued");
        assertThat(wallet(capture)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("op", "stolen").containsEntry("holder", ATTACKER));
        TraceEvent jump = TraceFacts.ofKind(trace, "clock.jump").get(0);
        assertThat(wallet(jump)).extracting(c -> c.get("op") + " " + c.get("holder"))
                .containsExactlyInAnyOrder("expired " + ALICE_APP, "expired " + ATTACKER);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> wallet(TraceEvent event) {
        return (List<Map<String, Object>>) event.data().getOrDefault("wallet", List.of());
    }

    @Test
    void isInTheCatalog() {
        assertThat(BundledScenarios.catalog().require("jwt-anatomy")).isInstanceOf(JwtAnatomyScenario.class);
    }
}
