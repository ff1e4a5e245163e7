package dev.trustflow.sim.scenarios.layers;

import java.security.Key;
import java.util.Objects;

/**
 * A key someone holds, and what they call it.
 *
 * @param name what it is, for a person ("the database key")
 * @param key  the key itself: an AES {@code SecretKey} or a P-256 {@code PrivateKey}
 */
record HeldKey(String name, Key key) {

    HeldKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
    }
}
