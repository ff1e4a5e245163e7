package dev.trustflow.sim.scenarios.authz;

import java.util.Arrays;
import java.util.List;

/** Which authorization model the docs service decides with (the {@code model} option), and its check id. */
enum AuthzModel {
    RBAC("rbac", "authz.rbac", "RBAC"),
    ABAC("abac", "authz.abac", "ABAC"),
    REBAC("rebac", "authz.rebac", "ReBAC");

    private final String id;
    private final String check;
    private final String label;

    AuthzModel(String id, String check, String label) {
        this.id = id;
        this.check = check;
        this.label = label;
    }

    String id() {
        return id;
    }

    String check() {
        return check;
    }

    String label() {
        return label;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(AuthzModel::id).toList();
    }

    static AuthzModel of(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model " + id));
    }
}
