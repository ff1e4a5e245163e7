package dev.trustflow.sim.crypto.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM text of certificates and keys, written by BouncyCastle's PEM writer. */
public final class Pem {

    private Pem() {
    }

    /** The PEM block BouncyCastle writes for the object: {@code CERTIFICATE}, {@code PUBLIC KEY}, {@code EC PRIVATE KEY}. */
    public static String of(Object certificateOrKey) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificateOrKey);
        } catch (IOException e) {
            throw new UncheckedIOException("could not be written as PEM: " + certificateOrKey.getClass(), e);
        }
        return out.toString();
    }
}
