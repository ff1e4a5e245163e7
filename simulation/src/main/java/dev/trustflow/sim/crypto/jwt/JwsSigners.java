package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;

/** Picks the nimbus signer and algorithm for a private JWK (EC signing runs on BouncyCastle). */
final class JwsSigners {

    private JwsSigners() {
    }

    static JWSSigner signerFor(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            ECDSASigner signer = new ECDSASigner(ec);
            signer.getJCAContext().setProvider(BouncyCastleProviderSingleton.getInstance());
            return signer;
        }
        if (key instanceof RSAKey rsa) {
            return new RSASSASigner(rsa);
        }
        if (key instanceof OctetSequenceKey oct) {
            return new MACSigner(oct);
        }
        throw new JOSEException("no signer for key type " + key.getKeyType());
    }

    /** The key's own {@code alg}, else the usual one for its type. */
    static JWSAlgorithm algorithmFor(JWK key) {
        if (key.getAlgorithm() != null) {
            return JWSAlgorithm.parse(key.getAlgorithm().getName());
        }
        if (key instanceof ECKey) {
            return JWSAlgorithm.ES256;
        }
        return key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.HS256;
    }
}
