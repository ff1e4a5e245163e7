package dev.trustflow.sim.world;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change to what an actor holds, as the trace records it in {@code data.wallet} of the event that made it.
 *
 * @param op         {@link #ISSUED}, {@link #STOLEN}, {@link #ROTATED}, {@link #EXPIRED} or {@link #REVOKED}
 * @param holder     whose wallet changed
 * @param credential the credential concerned
 */
public record WalletChange(String op, String holder, Credential credential) {

    public static final String ISSUED = "issued";
    public static final String STOLEN = "stolen";
    public static final String ROTATED = "rotated";
    public static final String EXPIRED = "expired";
    public static final String REVOKED = "revoked";

    /** The JSON shape: {@code {op, holder, id, kind, label, opens, notAfter}}. */
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
        return m;
    }
}
