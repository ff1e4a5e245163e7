package dev.trustflow.sim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustflow.sim.scenario.ScenarioRunner;
import dev.trustflow.sim.scenarios.BundledScenarios;
import dev.trustflow.sim.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON read back with plain Jackson is the attack graph of the run: nodes, holdings, allowed and refused edges. */
class AttackGraphJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Trace run(String scenario, Map<String, String> options) {
        return new ScenarioRunner().run(BundledScenarios.catalog().require(scenario), options, 7);
    }

    private static JsonNode readBack(Trace trace) throws Exception {
        return JSON.readTree(AttackGraphJson.render(AttackGraphExport.of(trace)));
    }

    @Test
    void segmentedBlastRadiusIsItsAttackGraphWithTheRefusingChecksAndTheReachInOrder() throws Exception {
        Trace trace = run("blast-radius", Map.of("segmentation", "segmented"));
        JsonNode json = readBack(trace);

        ExportedAttackGraph.assertEqualsTheGraph(trace, json);
        assertThat(ExportedAttackGraph.refused(json)).isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches("[^ ]+ -> [^ ]+ refused by net\\.[a-z-]+"));
        List<String> compromised = ExportedAttackGraph.compromisedInOrder(json);
        List<String> reached = new ArrayList<>();
        trace.events().stream().filter(e -> e.data().get("reached") instanceof List<?>)
                .reduce((a, b) -> b).map(e -> (List<?>) e.data().get("reached"))
                .ifPresent(l -> l.forEach(a -> reached.add(String.valueOf(a))));
        assertThat(compromised).as("the reach the run measured").isNotEmpty().isEqualTo(reached);
        JsonNode search = ExportedAttackGraph.node(json, "search");
        assertThat(search.at("/compromised/order").asInt()).isEqualTo(1);
        assertThat(ExportedAttackGraph.node(json, compromised.get(1)).at("/compromised/credential").asText())
                .as("the credential that opened the second actor reached").isNotEmpty();
    }

    @Test
    void flatBlastRadiusRefusesNothingAndEveryEdgeIsAllowed() throws Exception {
        Trace trace = run("blast-radius", Map.of("segmentation", "flat"));
        JsonNode json = readBack(trace);

        ExportedAttackGraph.assertEqualsTheGraph(trace, json);
        assertThat(ExportedAttackGraph.refused(json)).isEmpty();
        assertThat(json.get("edges")).hasSize(2 * trace.topology().links().size());
    }

    @Test
    void refreshRotationShowsWhatEachActorStillHoldsAtTheEnd() throws Exception {
        Trace trace = run("refresh-rotation", Map.of());
        JsonNode json = readBack(trace);

        ExportedAttackGraph.assertEqualsTheGraph(trace, json);
        assertThat(json.get("at").asText()).isEqualTo(trace.event(trace.size() - 1).at().toString());
        assertThat(json.get("step").asInt()).isEqualTo(trace.event(trace.size() - 1).seq());
    }

    @Test
    void mtlsWorkloadIdentityIsItsAttackGraph() throws Exception {
        Trace trace = run("mtls-workload-identity", Map.of());

        ExportedAttackGraph.assertEqualsTheGraph(trace, readBack(trace));
    }
}
