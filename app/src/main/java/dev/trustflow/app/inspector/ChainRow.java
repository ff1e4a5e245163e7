package dev.trustflow.app.inspector;

import dev.trustflow.sim.trace.Artifact;

/**
 * One certificate of a presented chain, as the chain view shows it.
 *
 * @param position    0 for the leaf, then up the chain as presented
 * @param artifact    the PEM artifact it was read from (selecting the row selects it for Copy and Save)
 * @param certificate the certificate read, or null when its PEM could not be parsed
 * @param problem     why it could not be parsed, or empty
 * @param failure     the check's verdict when this is the certificate it refused, else null
 */
public record ChainRow(int position, Artifact artifact, CertificateSummary certificate, String problem,
                       ChainFailure failure) {

    /** {@code #1 leaf}, {@code #2 intermediate CA}...: the position as presented and what the certificate is. */
    public String place() {
        return "#" + (position + 1) + (certificate == null ? "" : " " + certificate.role());
    }

    public boolean refused() {
        return failure != null;
    }
}
