package dev.trustflow.sim.crypto.jwt;

/**
 * A JWT taken apart for display, NOT verified: anyone can read these parts.
 *
 * @param alg             the header's {@code alg} exactly as written
 * @param headerJson      the header JSON, pretty-printed
 * @param payloadJson     the payload (claims) JSON, pretty-printed
 * @param headerPart      first base64url part as received
 * @param payloadPart     second base64url part as received
 * @param signaturePart   third base64url part as received (empty for an unsigned token)
 * @param signatureLength how many bytes the signature decodes to
 */
public record DecodedJwt(String alg, String headerJson, String payloadJson, String headerPart, String payloadPart,
                         String signaturePart, int signatureLength) {

    public boolean hasSignature() {
        return signatureLength > 0;
    }
}
