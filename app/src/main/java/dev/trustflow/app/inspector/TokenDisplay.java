package dev.trustflow.app.inspector;

import java.util.List;

/**
 * A JWT taken apart for display (decoded, NOT verified: anyone can read a JWT).
 *
 * @param alg             the header's {@code alg} as written
 * @param headerPart      first base64url part, as received
 * @param payloadPart     second base64url part, as received
 * @param signaturePart   third base64url part, as received (empty for an unsigned token)
 * @param headerJson      the header, pretty-printed JSON
 * @param payloadJson     the payload, pretty-printed JSON
 * @param signatureLength how many bytes the signature decodes to
 * @param claims          the payload's claims as rows with notes
 */
public record TokenDisplay(String alg, String headerPart, String payloadPart, String signaturePart,
                           String headerJson, String payloadJson, int signatureLength, List<ClaimRow> claims) {

    public TokenDisplay {
        claims = List.copyOf(claims);
    }

    /** What the signature part is, in words. */
    public String signatureNote() {
        if (signatureLength == 0) {
            return "No signature: with alg \"" + alg + "\" nothing protects this token from being changed.";
        }
        return signatureLength + " bytes (" + alg + "), computed over header.payload; "
                + "decoding it reveals nothing, only verification with the right key means anything.";
    }
}
