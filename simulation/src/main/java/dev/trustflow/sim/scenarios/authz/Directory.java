package dev.trustflow.sim.scenarios.authz;

import java.util.Map;

/**
 * The docs service's own record of who holds which department and role (what HR and the admins set). The IdP
 * keeps a separate profile per user, which the user may partly edit; that is where the token's claims come from.
 */
final class Directory {

    static final String BOB = "bob";
    static final String ALICE = "alice";
    static final String EXPORT = AuthzCast.EXPORT;

    private static final Map<String, Subject> ENTRIES = Map.of(
            BOB, new Subject(BOB, "finance", "viewer", "the docs service's own directory"),
            ALICE, new Subject(ALICE, "finance", "editor", "the docs service's own directory"),
            EXPORT, new Subject(EXPORT, "*", "exporter", "the docs service's own directory"));

    private Directory() {
    }

    static Subject lookup(String name) {
        Subject s = ENTRIES.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no directory entry for " + name);
        }
        return s;
    }
}
