package dev.trustflow.app.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontScaleTest {

    @Test
    void stepsOfTwentyFivePercentFromOneHundredToTwoHundredFifty() {
        double scale = FontScale.MIN;
        StringBuilder classes = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            classes.append(FontScale.styleClass(scale)).append(' ');
            scale = FontScale.larger(scale);
        }
        assertThat(classes.toString().strip()).isEqualTo("font-scale-100 font-scale-125 font-scale-150 "
                + "font-scale-175 font-scale-200 font-scale-225 font-scale-250 font-scale-250");
        assertThat(FontScale.smaller(1.0)).isEqualTo(1.0);
        assertThat(FontScale.smaller(2.5)).isEqualTo(2.25);
    }

    @Test
    void oddValuesSnapToTheNearestStep() {
        assertThat(FontScale.snap(1.3)).isEqualTo(1.25);
        assertThat(FontScale.snap(0.2)).isEqualTo(1.0);
        assertThat(FontScale.snap(9)).isEqualTo(2.5);
        assertThat(FontScale.snap(Double.NaN)).isEqualTo(1.0);
        assertThat(FontScale.label(1.75)).isEqualTo("175%");
    }
}
