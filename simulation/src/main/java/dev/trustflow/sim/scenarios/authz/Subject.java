package dev.trustflow.sim.scenarios.authz;

import java.util.Map;

/**
 * Who asks, as the decision sees them: a name, a department and a role, and where those came from.
 *
 * @param name   the authenticated subject ({@code bob}, {@code export-service})
 * @param dept   the department ({@code *} for a service that works for every department)
 * @param role   {@code viewer}, {@code editor} or {@code exporter}
 * @param source where dept and role came from: the docs service's own directory or the token's claims
 */
record Subject(String name, String dept, String role, String source) {

    /** The RBAC role this subject holds: {@code finance-viewer}, or the plain role for a cross-department one. */
    String rbacRole() {
        return "*".equals(dept) ? role : dept + "-" + role;
    }

    /** The subject's attributes for an ABAC rule ({@code r.sub.dept}, {@code r.sub.role}). */
    Map<String, Object> attributes() {
        return Map.of("name", name, "dept", dept, "role", role);
    }

    /** The ReBAC subject: {@code user:bob}, or {@code service:export-service}. */
    String rebacRef() {
        return (name.endsWith("-service") ? "service:" : "user:") + name;
    }
}
