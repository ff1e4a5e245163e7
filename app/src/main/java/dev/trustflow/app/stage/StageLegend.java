package dev.trustflow.app.stage;

import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Protection;
import dev.trustflow.sim.world.Topology;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;

/**
 * The key to the stage's lines: one sample per channel (front, back, attack, out of band) and per protection
 * (plain, TLS, mTLS) that the world's links use, each drawn with the same style classes as the links.
 */
final class StageLegend extends FlowPane {

    private static final double SAMPLE = 28;

    StageLegend() {
        getStyleClass().add("stage-legend");
        setId("stage-legend");
        setMouseTransparent(true);
    }

    /** Shows the styles {@code world}'s links use; nothing for a world without links. */
    void show(Topology world) {
        getChildren().clear();
        Set<Channel> channels = new LinkedHashSet<>();
        Set<Protection> protections = new LinkedHashSet<>();
        for (Link link : world.links()) {
            channels.add(link.channel());
            protections.add(link.protection());
        }
        for (Channel channel : Channel.values()) {
            if (channels.contains(channel)) {
                getChildren().add(entry(channelName(channel), channelClass(channel), "link-plain"));
            }
        }
        if (protections.size() > 1 || !protections.contains(Protection.PLAIN)) {
            for (Protection protection : Protection.values()) {
                if (protections.contains(protection)) {
                    getChildren().add(entry(protectionName(protection), "link-back", protectionClass(protection)));
                }
            }
        }
        setVisible(!getChildren().isEmpty());
    }

    private static HBox entry(String text, String channelClass, String protectionClass) {
        Line sample = new Line(0, 0, SAMPLE, 0);
        sample.getStyleClass().addAll("link", channelClass, protectionClass, "legend-sample");
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox entry = new HBox(sample, label);
        entry.getStyleClass().add("legend-entry");
        return entry;
    }

    static String channelClass(Channel channel) {
        return "link-" + channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String protectionClass(Protection protection) {
        return "link-" + protection.name().toLowerCase(Locale.ROOT);
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case FRONT -> "front channel (browser)";
            case BACK -> "back channel (server to server)";
            case ATTACK -> "attack path";
            case OUT_OF_BAND -> "out of band";
        };
    }

    static String protectionName(Protection protection) {
        return switch (protection) {
            case PLAIN -> "plain";
            case TLS -> "TLS";
            case MTLS -> "mutual TLS";
        };
    }
}
