package dev.trustflow.app.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.tls.HandshakeSlice;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The handshake view's rows, read from a real recorded run of tls-and-certificates. */
class HandshakeViewModelTest {

    private static final HandshakeRuns RUN = new HandshakeRuns();

    private final List<String> copied = new ArrayList<>();
    private final HandshakeViewModel vm = new HandshakeViewModel(Runnable::run, Runnable::run, copied::add);

    @Test
    void theClientHelloIsReadableFieldsAndOneRecordInTheClear() throws Exception {
        TraceEvent hello = RUN.message("client_hello");
        HandshakeSlice slice = HandshakeSlice.parse(hello.text(DataKeys.HANDSHAKE).orElseThrow());

        vm.show(hello);

        HandshakeDisplay display = vm.displayProperty().get();
        assertThat(display.title()).isEqualTo("client_hello \u00b7 client \u2192 server");
        assertThat(display.purpose()).contains("key share");
        assertThat(display.fields()).extracting(FieldRow::name)
                .contains("random", "cipher suites", "supported groups", "key share", "server name",
                        "signature algorithms")
                .doesNotContain("message", DataKeys.HANDSHAKE);
        assertThat(display.fields()).contains(new FieldRow("server name", "bank.example"),
                new FieldRow("random", String.valueOf(hello.data().get("random"))));
        assertThat(display.records()).singleElement().satisfies(record -> {
            assertThat(record.encrypted()).isFalse();
            assertThat(record.note()).startsWith("in the clear");
            assertThat(record.title()).startsWith("record 0 \u00b7 client \u2192 server \u00b7 handshake \u00b7 ")
                    .endsWith(slice.records().get(0).bytes().length() / 2 + " bytes");
            assertThat(record.hex()).isEqualTo(HexDump.of(slice.records().get(0).bytes()));
            assertThat(record.hex().lines().findFirst().orElseThrow()).startsWith("0000  160301");
        });
        assertThat(display.encrypted()).isFalse();
        assertThat(display.secrets()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.derivedBy()).as(s.label()).isEqualTo("server"));
    }

    @Test
    void theCertificateTravelsEncryptedUnderTheServerHandshakeSecret() throws Exception {
        TraceEvent certificate = RUN.message("certificate");
        HandshakeSlice slice = HandshakeSlice.parse(certificate.text(DataKeys.HANDSHAKE).orElseThrow());

        vm.show(certificate);

        HandshakeDisplay display = vm.displayProperty().get();
        assertThat(display.records()).singleElement().satisfies(record -> {
            assertThat(record.encrypted()).isTrue();
            assertThat(record.note()).isEqualTo("encrypted \u2014 an observer sees only this");
            assertThat(record.title()).contains("server \u2192 client \u00b7 application_data");
            assertThat(record.hex()).startsWith("0000  170303");
            assertThat(record.lines()).isEqualTo(record.hex().split("\n").length);
        });
        assertThat(display.encrypted()).isTrue();
        assertThat(display.messageHex()).isEqualTo(HexDump.of(slice.bytes())).startsWith("0000  0b");
        SecretRow server = display.secrets().stream()
                .filter(s -> s.label().equals("SERVER_HANDSHAKE_TRAFFIC_SECRET")).findFirst().orElseThrow();
        assertThat(server.derivedBy()).isEqualTo("client and server");
        assertThat(server.protects()).startsWith("server: encrypted_extensions, certificate");
        assertThat(server.value()).startsWith(server.shortened().replace("\u2026", ""))
                .hasSizeGreaterThan(HandshakeDisplays.SHORT_SECRET);

        vm.copy(server);

        assertThat(copied).containsExactly(server.value());
        assertThat(vm.statusProperty().get()).startsWith("Copied SERVER_HANDSHAKE_TRAFFIC_SECRET");
    }

    @Test
    void anEventWithoutHandshakeDataShowsNothing() {
        vm.show(RUN.message("certificate"));

        vm.show(RUN.first(EventKinds.HTTP_REQUEST));

        assertThat(vm.displayProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void unreadableHandshakeDataIsSaidNotHidden() {
        TraceEvent broken = new TraceEvent(0, Instant.EPOCH, EventKinds.TLS_MESSAGE, "a", "b", "broken",
                Map.of("message", "finished", DataKeys.HANDSHAKE, "{not json"), List.of());

        vm.show(broken);

        assertThat(vm.displayProperty().get()).isNull();
        assertThat(vm.problemProperty().get()).startsWith("The handshake data of this event cannot be read");
    }

    @Test
    void aReadingForAnEventNoLongerShownIsDropped() {
        Queue<Runnable> background = new ArrayDeque<>();
        HandshakeViewModel slow = new HandshakeViewModel(background::add, Runnable::run, copied::add);

        slow.show(RUN.message("client_hello"));
        slow.show(RUN.message("certificate"));
        Runnable first = background.poll();
        first.run();

        assertThat(slow.displayProperty().get()).as("the ClientHello's reading came too late").isNull();
        background.poll().run();
        assertThat(slow.displayProperty().get().title()).startsWith("certificate");
    }
}
