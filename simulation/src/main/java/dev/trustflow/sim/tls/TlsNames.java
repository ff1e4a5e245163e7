package dev.trustflow.sim.tls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureScheme;

/** TLS registry names of numbers, as bctls defines them. */
final class TlsNames {

    private static final Map<Integer, String> CIPHER_SUITES = cipherSuites();

    private TlsNames() {
    }

    /** The cipher suite's IANA name, read from bctls's {@code CipherSuite} constants. */
    static String cipherSuite(int suite) {
        return CIPHER_SUITES.getOrDefault(suite, String.format("0x%04X", suite));
    }

    static String group(int namedGroup) {
        String name = NamedGroup.getName(namedGroup);
        return name == null ? String.format("0x%04X", namedGroup) : name;
    }

    static String signatureScheme(int scheme) {
        String name = SignatureScheme.getName(scheme);
        return name == null ? String.format("0x%04X", scheme) : name;
    }

    private static Map<Integer, String> cipherSuites() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : CipherSuite.class.getFields()) {
            if (field.getType() == int.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    names.putIfAbsent(field.getInt(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("bctls's CipherSuite constants are not readable", e);
                }
            }
        }
        return Map.copyOf(names);
    }
}
