package dev.trustflow.sim.scenarios.layers;

import dev.trustflow.sim.trace.Artifact;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Bytes as an artifact a person can read: as text when they are printable UTF-8, else in hex. */
final class Shown {

    private Shown() {
    }

    static Artifact bytes(String label, byte[] bytes) {
        return printable(bytes) ? Artifact.text(label, new String(bytes, StandardCharsets.UTF_8))
                : Artifact.text(label + " (hex)", HexFormat.of().formatHex(bytes));
    }

    private static boolean printable(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
