package dev.trustflow.sim.scenarios.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceCodec;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every token-lifecycle scenario promises: each what-if value changes the story, a seed replays it. */
class OAuthScenariosContractTest {

    private static final Map<String, List<String>> DURATION_TRIES = Map.of(
            "ttl", List.of("5m", "60m", "2h"),
            "access-ttl", List.of("5m"),
            "refresh-ttl", List.of("90d"));

    @ParameterizedTest
    @ValueSource(strings = {"sessions-vs-tokens", "oauth-code-pkce", "client-credentials", "oidc-and-sso",
        "refresh-rotation"})
    void everyOptionValueChangesWhatHappens(String id) {
        Scenario scenario = BundledScenarios.catalog().require(id);
        List<String> defaults = Runs.of(id).story();
        for (OptionSpec spec : scenario.options()) {
            for (String value : otherValues(spec)) {
                assertThat(Runs.of(id, spec.key(), value).story()).as("%s %s=%s", id, spec.key(), value)
                        .isNotEqualTo(defaults);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions-vs-tokens", "oauth-code-pkce", "client-credentials", "oidc-and-sso",
        "refresh-rotation"})
    void theSameSeedTellsTheSameStory(String id) {
        assertThat(Runs.seeded(id, 3).story()).isEqualTo(Runs.seeded(id, 3).story());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions-vs-tokens", "oauth-code-pkce", "client-credentials", "oidc-and-sso",
        "refresh-rotation"})
    void everyMessageTravelsOnADeclaredLinkWithCaptionAndChannel(String id) {
        Runs run = Runs.of(id);
        Set<String> channels = Set.of("front", "back", "attack", "out_of_band");
        for (TraceEvent e : run.events()) {
            assertThat(e.caption()).as("caption of %s", e.seq()).isNotBlank();
            if (e.kind().startsWith("http.")) {
                assertThat(String.valueOf(e.data().get("channel"))).as("channel of %s", e.seq()).isIn(channels);
                assertThat(run.trace().topology().link(e.actor(), e.target())).as("link of %s", e.seq()).isPresent();
            }
            if (e.kind().equals("check.fail")) {
                assertThat(e.text("reason")).as("reason of %s", e.seq()).isPresent();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions-vs-tokens", "oauth-code-pkce", "client-credentials", "oidc-and-sso",
        "refresh-rotation"})
    void theTraceReadsBackFromItsJson(String id) throws Exception {
        Trace trace = Runs.of(id).trace();
        TraceCodec codec = new TraceCodec();
        Trace back = codec.parse(codec.toJson(trace), id + ".json");
        assertThat(back).isEqualTo(trace);
        assertThat(back.events()).extracting(TraceEvent::kind).allMatch(k -> EventKinds.VALID.matcher(k).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"oauth-code-pkce", "oidc-and-sso", "refresh-rotation"})
    void theFlowUsesTheFrontChannelForRedirectsAndTheBackChannelForTokens(String id) {
        Runs run = Runs.of(id);
        assertThat(run.trace().topology().links()).anyMatch(l -> l.channel() == Channel.FRONT)
                .anyMatch(l -> l.channel() == Channel.BACK);
        assertThat(run.kind("http.response")).filteredOn(e -> e.status().orElse(0) == 302
                && !"attacker".equals(e.target())).isNotEmpty().allMatch(e -> "front".equals(e.data().get("channel")));
        assertThat(run.kind("http.request")).filteredOn(e -> "/token".equals(e.data().get("path"))
                && !"attacker".equals(e.actor())).allMatch(e -> "back".equals(e.data().get("channel")));
    }

    private static List<String> otherValues(OptionSpec spec) {
        List<String> out = new ArrayList<>();
        switch (spec.type()) {
            case BOOLEAN:
                out.add(String.valueOf(!(Boolean) spec.defaultValue()));
                break;
            case CHOICE:
                spec.choices().stream().filter(c -> !c.equals(spec.defaultValue())).forEach(out::add);
                break;
            case DURATION:
                DURATION_TRIES.getOrDefault(spec.key(), List.of("1h")).stream()
                        .filter(v -> !spec.parse(v).equals(spec.defaultValue())).forEach(out::add);
                break;
            default:
                out.add(String.valueOf(spec.max()));
        }
        return out;
    }
}
