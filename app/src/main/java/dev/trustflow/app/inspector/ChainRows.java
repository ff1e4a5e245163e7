package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.Artifact;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event's PEM certificates as the rows of the chain view, in the order presented (leaf first), each read and
 * judged against the event's time, the one the judging check refused marked with its failure. Pure Java; it
 * parses and hashes, so it runs off the FX thread.
 */
final class ChainRows {

    private ChainRows() {
    }

    /** Empty when {@code artifacts} hold no PEM certificate. */
    static List<ChainRow> of(List<Artifact> artifacts, Instant at, Optional<ChainFailure> failure) {
        List<ChainRow> rows = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            if (!Artifact.PEM_CERTIFICATE.equals(artifact.type())) {
                continue;
            }
            int position = rows.size();
            ChainFailure mark = failure.filter(f -> f.index() == position).orElse(null);
            try {
                rows.add(new ChainRow(position, artifact, CertificateSummary.fromPem(artifact.text(), at), "", mark));
            } catch (CertificateException | RuntimeException e) {
                rows.add(new ChainRow(position, artifact, null, "This " + artifact.label()
                        + " cannot be read as an X.509 certificate: " + reason(e) + ".", mark));
            }
        }
        return rows;
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
