package dev.trustflow.sim.scenarios.layers;

import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.DATABASE;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.MALLORY;
import static dev.trustflow.sim.scenarios.layers.EncryptionLayersScenario.SERVER;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.util.List;

/**
 * Mallory takes her copy where the {@code attacker} option puts her, with the keys found there, and really tries
 * to decrypt it: a {@code message.read} check whose outcome is the {@link Reader}'s, and a {@code data.leaked}
 * only when her attempt produced Alice's message.
 */
final class MalloryAttempt {

    private final Simulation sim;
    private final Reader reader;
    private final AttackerPosition position;

    MalloryAttempt(Simulation sim, Reader reader, AttackerPosition position) {
        this.sim = sim;
        this.reader = reader;
        this.position = position;
    }

    /** Records her copy and her attempt; returns whether she read the message. */
    boolean run(Copy copy, List<HeldKey> keys) {
        sim.tick(Duration.ofMinutes(5));
        String held = keys.isEmpty() ? "none" : String.join(", ", keys.stream().map(HeldKey::name).toList());
        int took = sim.event(EventKinds.ATTACK_STEP, MALLORY).to(position == AttackerPosition.DB_DUMP ? DATABASE
                        : SERVER)
                .caption(switch (position) {
                    case NETWORK -> "Mallory records every byte between Alice's app and the server";
                    case DB_DUMP -> "Mallory gets a dump of the message database: a leaked backup";
                    case SERVER_COMPROMISED -> "Mallory runs code inside the chat server: its memory and its keys"
                            + " are hers";
                })
                .data(DataKeys.STEP, position.id())
                .data("keys", held)
                .artifact(Shown.bytes("Mallory's copy", copy.bytes()))
                .emit();
        Reading reading = reader.read(copy, keys);
        boolean read = reading.produced(EncryptionLayersScenario.MESSAGE);
        int check = sim.event(read ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL, MALLORY).cause(took)
                .caption((read ? "✓ " : "✗ ") + EncryptionLayersScenario.CHECK_READ + ": " + reading.reason())
                .data(DataKeys.CHECK, EncryptionLayersScenario.CHECK_READ)
                .data(DataKeys.PASSED, read)
                .data(DataKeys.REASON, reading.reason())
                .data(EncryptionLayersScenario.LAYER, reading.opened() ? null : reading.stoppedAt().id())
                .data(EncryptionLayersScenario.EXCEPTION, reading.exception())
                .emit();
        if (read) {
            sim.event(EventKinds.DATA_LEAKED, MALLORY).cause(check)
                    .caption("Mallory reads Alice's message")
                    .data(DataKeys.WHAT, "the chat message")
                    .artifact(Artifact.text("what Mallory read", reading.text().orElseThrow()))
                    .emit();
        }
        return read;
    }
}
