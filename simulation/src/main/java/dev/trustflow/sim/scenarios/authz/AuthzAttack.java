package dev.trustflow.sim.scenarios.authz;

import java.util.Arrays;
import java.util.List;

/** What Bob tries after reading the plan (the {@code attack} option). */
enum AuthzAttack {
    /** He asks to edit the plan with the rights he has. */
    NONE("none"),
    /** He sets his own profile's role to editor, so the IdP's token claims it, then asks to edit. */
    EDITED_ROLE_CLAIM("edited-role-claim"),
    /** He asks the export service, which may read every folder, to export the HR payroll for him. */
    CONFUSED_DEPUTY("confused-deputy");

    private final String id;

    AuthzAttack(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(AuthzAttack::id).toList();
    }

    static AuthzAttack of(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attack " + id));
    }
}
