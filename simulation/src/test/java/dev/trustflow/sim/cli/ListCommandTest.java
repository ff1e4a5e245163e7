package dev.trustflow.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustflow.sim.scenario.ScenarioCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void textShowsEachScenarioWithItsOptionsDefaultsAndWhatIsAllowed() {
        CliRun run = CliRun.of("list");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("signed-token-test  Signed token (test)",
                "--set tamper=true  (boolean; true or false)",
                "--set audience=orders  (choice; one of orders, billing)",
                "--set lifetime=PT15M  (duration;",
                "--set requests=1  (number; a whole number from 1 to 3)");
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliRun run = CliRun.of("list", "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode scenario = root.get("scenarios").get(0);
        assertThat(scenario.get("id").asText()).isEqualTo(SignedTokenTestScenario.ID);
        assertThat(scenario.get("title").asText()).isEqualTo("Signed token (test)");
        assertThat(scenario.get("description").asText()).isNotBlank();
        JsonNode options = scenario.get("options");
        assertThat(options).hasSize(4);
        JsonNode tamper = options.get(0);
        assertThat(tamper.get("key").asText()).isEqualTo("tamper");
        assertThat(tamper.get("type").asText()).isEqualTo("boolean");
        assertThat(tamper.get("default").isBoolean()).isTrue();
        assertThat(tamper.get("choices")).isEmpty();
        assertThat(tamper.get("description").asText()).contains("attacker");
        assertThat(options.get(1).get("choices")).extracting(JsonNode::asText).containsExactly("orders", "billing");
        assertThat(options.get(2).get("default").asText()).isEqualTo("PT15M");
        JsonNode requests = options.get(3);
        assertThat(requests.get("default").asLong()).isEqualTo(1);
        assertThat(requests.get("min").asLong()).isEqualTo(1);
        assertThat(requests.get("max").asLong()).isEqualTo(3);
        assertThat(tamper.has("min")).isFalse();
    }

    @Test
    void anEmptyCatalogSaysSo() throws Exception {
        ScenarioCatalog empty = new ScenarioCatalog(List.of());

        assertThat(CliRun.with(empty, "list").out()).isEqualTo("No scenarios are installed.\n");
        assertThat(new ObjectMapper().readTree(CliRun.with(empty, "list", "--format", "json").out())
                .get("scenarios")).isEmpty();
    }

    @Test
    void badFormatIsAUsageErrorNamingTheFormats() {
        CliRun run = CliRun.of("list", "--format", "xml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("--format", "text, json", "'xml'");
    }
}
