package dev.trustflow.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain rows of real runs' Certificate messages, and the mark of the check that judged them. */
class ChainRowsTest {

    @Test
    void theWrongHostLeafIsMarkedWithTheChecksFailureAndReason() {
        Trace trace = TlsRuns.tls("wrong-host");
        TraceEvent message = TlsRuns.certificateMessage(trace);

        Optional<ChainFailure> failure = ChainFailure.judging(trace.events(), message.seq());
        List<ChainRow> rows = ChainRows.of(message.artifacts(), message.at(), failure);

        assertThat(failure).get().satisfies(f -> {
            assertThat(f.check()).isEqualTo("pki.path");
            assertThat(f.index()).isZero();
            assertThat(f.failure()).isEqualTo("NAME_MISMATCH");
            assertThat(f.reason()).isNotBlank();
        });
        assertThat(rows).hasSize(message.artifacts().size());
        assertThat(rows.get(0).refused()).isTrue();
        assertThat(rows.get(0).place()).isEqualTo("#1 leaf");
        assertThat(rows.subList(1, rows.size())).noneMatch(ChainRow::refused);
    }

    @Test
    void aChainThatPassedIsMarkedNowhere() {
        Trace trace = TlsRuns.tls("valid");
        TraceEvent message = TlsRuns.certificateMessage(trace);

        assertThat(ChainFailure.judging(trace.events(), message.seq())).isEmpty();
        List<ChainRow> rows = ChainRows.of(message.artifacts(), message.at(), Optional.empty());
        assertThat(rows).noneMatch(ChainRow::refused).allMatch(r -> r.certificate() != null);
        assertThat(rows).extracting(ChainRow::position).containsExactly(0, 1);
    }

    @Test
    void theExpiredLeafIsMarkedExpired() {
        Trace trace = TlsRuns.tls("expired");
        TraceEvent message = TlsRuns.certificateMessage(trace);

        List<ChainRow> rows = ChainRows.of(message.artifacts(), message.at(),
                ChainFailure.judging(trace.events(), message.seq()));

        assertThat(rows.get(0).failure().failure()).isEqualTo("EXPIRED");
        assertThat(rows.get(0).certificate().validity()).isEqualTo(CertificateValidity.EXPIRED);
    }

    @Test
    void aPemThatDoesNotParseBecomesARowWithItsProblem() {
        Artifact bad = new Artifact(Artifact.PEM_CERTIFICATE, "leaf: broken", "not a certificate");
        Artifact jwt = Artifact.jwt("access token", "a.b.c");

        List<ChainRow> rows = ChainRows.of(List.of(jwt, bad), java.time.Instant.EPOCH, Optional.empty());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.certificate()).isNull();
            assertThat(row.problem()).startsWith("This leaf: broken cannot be read as an X.509 certificate: ");
            assertThat(row.place()).isEqualTo("#1");
        });
    }
}
