package dev.trustflow.sim.world;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change to what an actor holds, as the trace records it in {@code data.wallet} of the event that made it.
 *
 * @param op         {@link #ISSUED}, {@link #STOLEN}, {@link #ROTATED}, {@link #EXPIRED} or {@link #REVOKED}
 * @param holder     whose wallet changed
 * @param credential the credential concerned
 * @param replaces   for {@link #ROTATED}, the id of the credential the new one took the place of; otherwise null
 */
public record WalletChange(String op, String holder, Credential credential, String replaces) {

    public static final String ISSUED = "issued";
    public static final String STOLEN = "stolen";
    public static final String ROTATED = "rotated";
    public static final String EXPIRED = "expired";
    public static final String REVOKED = "revoked";

    public WalletChange(String op, String holder, Credential credential) {
        this(op, holder, credential, null);
    }

    /** The JSON shape: {@code {op, holder, id, kind, label, opens, notAfter, replaces}}. */
    public Map<String, Object> asData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", op);
        m.put("holder", holder);
        m.put("id", credential.id());
        m.put("kind", credential.kind().word());
        m.put("label", credential.label());
        m.put("opens", credential.opens().stream().sorted().toList());
        if (credential.notAfter() != null) {
            m.put("notAfter", credential.notAfter().toString());
        }
        if (replaces != null) {
            m.put("replaces", replaces);
        }
        return m;
    }
}
