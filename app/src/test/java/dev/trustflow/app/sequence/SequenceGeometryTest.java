package dev.trustflow.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SequenceGeometryTest {

    /** 4 lifelines in 440 px after a 40 px gutter, 20 rows of 30 px. */
    private final SequenceGeometry g = new SequenceGeometry(440, 40, 0, 30, 4, 20);

    @Test
    void lifelinesShareTheWidthAfterTheGutterEvenly() {
        assertThat(g.columnSpacing()).isEqualTo(100);
        assertThat(g.columnX(0)).isEqualTo(90);
        assertThat(g.columnX(3)).isEqualTo(390);
    }

    @Test
    void rowsFollowEachOtherAndTheDiagramHoldsThemAll() {
        assertThat(g.rowTop(0)).isZero();
        assertThat(g.rowTop(5)).isEqualTo(150);
        assertThat(g.rowCentre(5)).isEqualTo(165);
        assertThat(g.height()).isEqualTo(600 + SequenceGeometry.BOTTOM);
        assertThat(g.rowAt(165)).isEqualTo(5);
        assertThat(g.rowAt(599)).isEqualTo(19);
        assertThat(g.rowAt(600)).isEqualTo(-1);
        assertThat(g.rowAt(-1)).isEqualTo(-1);
    }

    @Test
    void keepVisibleLeavesAVisibleRowAloneAndScrollsAsLittleAsPossibleOtherwise() {
        assertThat(g.keepVisible(3, 0, 200, 1)).isZero();
        // row 10 with one row of margin needs 270..360 in view: scroll down so 360 is the bottom
        assertThat(g.keepVisible(10, 0, 200, 1)).isEqualTo(160);
        // back up to row 2: its margin row 1 starts at 30
        assertThat(g.keepVisible(2, 160, 200, 1)).isEqualTo(30);
        // never past the end, never above the top
        assertThat(g.keepVisible(19, 0, 200, 2)).isEqualTo(400);
        assertThat(g.keepVisible(-1, 500, 200, 2)).isEqualTo(g.height() - 200);
        assertThat(g.keepVisible(0, 90, 200, 2)).isZero();
    }

    @Test
    void aViewportSmallerThanTheMarginCentresTheRow() {
        assertThat(g.keepVisible(10, 0, 60, 2)).isEqualTo(g.rowCentre(10) - 30);
    }

    @Test
    void oneColumnTakesTheWholeWidthAndRowsMustHaveHeight() {
        SequenceGeometry single = new SequenceGeometry(240, 40, 0, 30, 1, 1);
        assertThat(single.columnX(0)).isEqualTo(140);
        assertThatThrownBy(() -> new SequenceGeometry(100, 0, 0, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
