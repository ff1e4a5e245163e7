package dev.trustflow.sim.crypto.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** A JWK's public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), written by BouncyCastle. */
public final class PublicKeyPem {

    private PublicKeyPem() {
    }

    public static String of(JWK key) {
        if (!(key instanceof AsymmetricJWK asymmetric)) {
            throw new IllegalArgumentException("key " + key.getKeyID() + " has no public key (" + key.getKeyType() + ")");
        }
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(asymmetric.toPublicKey());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("key " + key.getKeyID() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
