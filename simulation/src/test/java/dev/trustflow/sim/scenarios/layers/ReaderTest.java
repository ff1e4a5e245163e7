package dev.trustflow.sim.scenarios.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustflow.sim.crypto.EcKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/** The layers open only with their own keys, and the reader reports the library's real refusal. */
class ReaderTest {

    private static final byte[] MESSAGE = "hello Bob".getBytes(StandardCharsets.UTF_8);
    private final SecureRandom random = new SecureRandom();
    private final Reader reader = new Reader(ChatServer.ROW);

    @Test
    void anEndToEndEnvelopeOpensWithTheRecipientsKeyOnly() throws Exception {
        KeyPair bob = EcKeys.generateP256(random);
        KeyPair other = EcKeys.generateP256(random);
        byte[] envelope = EndToEnd.seal(bob.getPublic(), MESSAGE, random);

        assertThat(EndToEnd.open(bob.getPrivate(), envelope)).isEqualTo(MESSAGE);
        assertThatThrownBy(() -> EndToEnd.open(other.getPrivate(), envelope))
                .isInstanceOf(AEADBadTagException.class);
        envelope[envelope.length - 1] ^= 1;
        assertThatThrownBy(() -> EndToEnd.open(bob.getPrivate(), envelope)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aRowSealedAtRestOpensWithTheDatabaseKeyAndNotWithAnother() throws Exception {
        SecretKey key = AtRest.newDatabaseKey(random);
        byte[] row = AtRest.seal(key, ChatServer.ROW, MESSAGE, random);

        assertThat(AtRest.open(key, ChatServer.ROW, row)).isEqualTo(MESSAGE);
        assertThatThrownBy(() -> AtRest.open(AtRest.newDatabaseKey(random), ChatServer.ROW, row))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AtRest.open(key, "messages/2", row)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void theReaderPeelsEveryLayerItHasAKeyForAndStopsAtTheFirstItHasNot() {
        SecretKey databaseKey = AtRest.newDatabaseKey(random);
        KeyPair bob = EcKeys.generateP256(random);
        byte[] stored = AtRest.seal(databaseKey, ChatServer.ROW, EndToEnd.seal(bob.getPublic(), MESSAGE, random),
                random);
        Copy dump = new Copy(Point.DUMP, stored, List.of(Layer.AT_REST, Layer.E2E));

        Reading withDatabaseKey = reader.read(dump, List.of(new HeldKey("the database key", databaseKey)));
        assertThat(withDatabaseKey.stoppedAt()).isEqualTo(Layer.E2E);
        assertThat(withDatabaseKey.reason()).contains("no private key");

        Reading withWrongKeys = reader.read(dump, List.of(new HeldKey("a stolen key", AtRest.newDatabaseKey(random))));
        assertThat(withWrongKeys.stoppedAt()).isEqualTo(Layer.AT_REST);
        assertThat(withWrongKeys.exception()).isEqualTo("AEADBadTagException");

        Reading withBoth = reader.read(dump, List.of(new HeldKey("the database key", databaseKey),
                new HeldKey("Bob's private key", bob.getPrivate())));
        assertThat(withBoth.produced("hello Bob")).isTrue();
    }
}
