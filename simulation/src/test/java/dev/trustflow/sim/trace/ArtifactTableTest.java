package dev.trustflow.sim.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactTableTest {

    @Test
    void itsTextIsTabSeparatedAndReadsBack() {
        ArtifactTable table = ArtifactTable.of("who", "can read?").row("Bob", "reads").row("database dump", 7).build();

        assertThat(table.text()).isEqualTo("who\tcan read?\nBob\treads\ndatabase dump\t7");
        assertThat(ArtifactTable.parse(table.text())).contains(table);
        assertThat(Artifact.table("matrix", table)).isEqualTo(new Artifact(Artifact.TABLE, "matrix", table.text()));
    }

    @Test
    void tabsAndLineBreaksInsideACellBecomeSpaces() {
        ArtifactTable table = ArtifactTable.of("fact", "value").row("decided-by", "line one\nline\ttwo").build();

        assertThat(table.rows().get(0).get(1)).isEqualTo("line one line two");
        assertThat(ArtifactTable.parse(table.text()).orElseThrow().rows()).hasSize(1);
    }

    @Test
    void rowsOfAnotherWidthAreRefused() {
        assertThatThrownBy(() -> ArtifactTable.of("a", "b").row("only one").build())
                .hasMessage("row 1 has 1 cells, the header 2");
        assertThat(ArtifactTable.parse("a\tb\nonly one")).isEmpty();
        assertThat(ArtifactTable.parse("")).isEmpty();
        assertThat(new ArtifactTable(List.of("x"), List.of()).text()).isEqualTo("x");
    }
}
