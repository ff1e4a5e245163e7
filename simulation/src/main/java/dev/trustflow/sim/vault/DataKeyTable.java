package dev.trustflow.sim.vault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The vault's table of data keys, one per record, each stored wrapped by a KEK (never in the clear). Deleting a
 * record's row destroys its only key: crypto-shredding.
 */
public final class DataKeyTable {

    private final Map<String, WrappedKey> keys = new LinkedHashMap<>();

    public void put(String recordId, WrappedKey wrapped) {
        keys.put(recordId, wrapped);
    }

    public Optional<WrappedKey> find(String recordId) {
        return Optional.ofNullable(keys.get(recordId));
    }

    public java.util.List<String> recordIds() {
        return java.util.List.copyOf(keys.keySet());
    }

    /** Destroys the record's data key; whether there was one. */
    public boolean delete(String recordId) {
        return keys.remove(recordId) != null;
    }

    /** The table as stored: record id, KEK id and wrapped key. */
    public String dump() {
        StringBuilder text = new StringBuilder("record | wrapped data key (KEK id:Base64)\n");
        keys.forEach((record, wrapped) -> text.append(record).append(" | ").append(wrapped.text()).append('\n'));
        return text.toString();
    }
}
