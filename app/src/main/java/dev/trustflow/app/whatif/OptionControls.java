package dev.trustflow.app.whatif;

import atlantafx.base.controls.ToggleSwitch;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.app.session.OptionField;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Builds the control for one what-if, two-way synced with its {@link OptionField}. */
final class OptionControls {

    /** Digits a number field shows; the spinner stays narrow enough for the sidebar at any type size. */
    private static final int NUMBER_COLUMNS = 5;

    private OptionControls() {
    }

    static Control create(OptionField field) {
        Control control;
        switch (field.type()) {
            case BOOLEAN:
                control = toggle(field);
                break;
            case CHOICE:
                control = choice(field);
                break;
            case DURATION:
                control = duration(field);
                break;
            default:
                control = field.numberChoices().isEmpty() ? number(field) : numberChoice(field);
                break;
        }
        control.setId("option-" + field.key());
        control.getStyleClass().add("whatif-control");
        control.setTooltip(new Tooltip(field.description()));
        return control;
    }

    private static Control toggle(OptionField field) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setSelected(Boolean.TRUE.equals(field.getValue()));
        toggle.selectedProperty().addListener((obs, old, on) -> field.change(on));
        field.valueProperty().addListener((obs, old, value) -> toggle.setSelected(Boolean.TRUE.equals(value)));
        return toggle;
    }

    private static Control choice(OptionField field) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(field.choices());
        box.setValue((String) field.getValue());
        box.setOnAction(e -> field.change(box.getValue()));
        field.valueProperty().addListener((obs, old, value) -> box.setValue((String) value));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Control duration(OptionField field) {
        ComboBox<Duration> box = new ComboBox<>();
        box.getItems().setAll(field.durationPresets());
        box.setConverter(new DurationConverter());
        box.setValue((Duration) field.getValue());
        box.setOnAction(e -> field.change(box.getValue()));
        field.valueProperty().addListener((obs, old, value) -> {
            if (!box.getItems().contains(value)) {
                box.getItems().setAll(field.durationPresets());
            }
            box.setValue((Duration) value);
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A number a lesson offers only some values of: a list of exactly those. */
    private static Control numberChoice(OptionField field) {
        ComboBox<Long> box = new ComboBox<>();
        box.getItems().setAll(field.numberChoices());
        box.setValue((Long) field.getValue());
        box.setOnAction(e -> field.change(box.getValue()));
        field.valueProperty().addListener((obs, old, value) -> box.setValue((Long) value));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Control number(OptionField field) {
        long value = (Long) field.getValue();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                clampToInt(field.spec().min()), clampToInt(field.spec().max()), clampToInt(value));
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(false);
        spinner.getEditor().setPrefColumnCount(NUMBER_COLUMNS);
        factory.valueProperty().addListener((obs, old, now) -> field.change(now.longValue()));
        field.valueProperty().addListener((obs, old, now) -> factory.setValue(clampToInt((Long) now)));
        spinner.setMaxWidth(Double.MAX_VALUE);
        return spinner;
    }

    private static int clampToInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static final class DurationConverter extends StringConverter<Duration> {
        @Override
        public String toString(Duration d) {
            return d == null ? "" : Durations.human(d);
        }

        @Override
        public Duration fromString(String text) {
            throw new UnsupportedOperationException("the duration list is not editable");
        }
    }
}
