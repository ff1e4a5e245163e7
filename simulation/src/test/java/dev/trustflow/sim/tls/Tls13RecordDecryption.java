package dev.trustflow.sim.tls;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent decryption of one TLS 1.3 record with the JDK alone (RFC 8446 sections 5.2, 5.3 and 7.3), to prove
 * that a copied traffic secret is the one the endpoint encrypted with. AES-128-GCM-SHA256 and AES-256-GCM-SHA384.
 */
final class Tls13RecordDecryption {

    private Tls13RecordDecryption() {
    }

    /** The inner plaintext (content, content type, padding) of {@code record} sent with sequence number {@code seq}. */
    static byte[] decrypt(byte[] record, String cipherSuite, byte[] trafficSecret, long seq) throws Exception {
        String hmac;
        int keyLength;
        switch (cipherSuite) {
            case "TLS_AES_128_GCM_SHA256" -> { hmac = "HmacSHA256"; keyLength = 16; }
            case "TLS_AES_256_GCM_SHA384" -> { hmac = "HmacSHA384"; keyLength = 32; }
            default -> throw new IllegalArgumentException("not decryptable here: " + cipherSuite);
        }
        byte[] key = expandLabel(hmac, trafficSecret, "key", keyLength);
        byte[] iv = expandLabel(hmac, trafficSecret, "iv", 12);
        for (int i = 0; i < 8; i++) {
            iv[iv.length - 1 - i] ^= (byte) (seq >>> (8 * i));
        }
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        gcm.updateAAD(record, 0, 5);
        return gcm.doFinal(record, 5, record.length - 5);
    }

    /** HKDF-Expand-Label for outputs no longer than one hash block. */
    private static byte[] expandLabel(String hmac, byte[] secret, String label, int length) throws Exception {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer info = ByteBuffer.allocate(2 + 1 + fullLabel.length + 1 + 1);
        info.putShort((short) length).put((byte) fullLabel.length).put(fullLabel).put((byte) 0).put((byte) 1);
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(secret, hmac));
        return Arrays.copyOf(mac.doFinal(info.array()), length);
    }
}
