package dev.trustflow.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.engine.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {

    private static Scenario named(String id) {
        return new Scenario() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public List<OptionSpec> options() {
                return List.of();
            }

            @Override
            public void play(Simulation sim, Options options) {
                sim.world().actor("a", "A", dev.trustflow.sim.world.ActorKind.USER, "internet");
            }
        };
    }

    @Test
    void aGivenListIsTheCatalogInOrder() {
        ScenarioCatalog catalog = new ScenarioCatalog(List.of(named("b"), named("a")));

        assertThat(catalog.all()).extracting(Scenario::id).containsExactly("b", "a");
        assertThat(catalog.require("a").id()).isEqualTo("a");
        assertThatThrownBy(() -> catalog.require("c")).isInstanceOf(OptionException.class)
                .hasMessage("unknown scenario 'c'; known: b, a");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> new ScenarioCatalog(List.of(named("a"), named("a"))))
                .hasMessage("two scenarios have the id 'a'");
    }
}
