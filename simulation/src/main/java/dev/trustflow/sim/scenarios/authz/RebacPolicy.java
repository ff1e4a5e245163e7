package dev.trustflow.sim.scenarios.authz;

import dev.trustflow.sim.authz.RebacDecision;
import dev.trustflow.sim.authz.RelationshipStore;

/**
 * The docs service's relationships, Zanzibar-style: each document's viewers are its folder's viewers, an editor
 * is also a viewer, people are viewers of a folder through their team, and the export service views every folder.
 */
final class RebacPolicy {

    private final RelationshipStore store = new RelationshipStore()
            .rewrite("document", "viewer", "editor")
            .rewrite("folder", "viewer", "editor")
            .tuple("document:q3-plan#viewer@folder:finance#viewer")
            .tuple("document:q3-plan#editor@folder:finance#editor")
            .tuple("document:payroll-2026#viewer@folder:hr#viewer")
            .tuple("folder:finance#viewer@team:finance#member")
            .tuple("folder:finance#editor@user:alice")
            .tuple("team:finance#member@user:bob")
            .tuple("team:finance#member@user:alice")
            .tuple("folder:hr#editor@user:carol")
            .tuple("folder:finance#viewer@service:export-service")
            .tuple("folder:hr#viewer@service:export-service");

    String describe() {
        return store.describe();
    }

    /** {@code action} read needs {@code viewer}, edit needs {@code editor}. Roles and claims play no part. */
    PolicyDecision decide(Subject subject, Document document, String action) {
        String relation = "edit".equals(action) ? "editor" : "viewer";
        RebacDecision d = store.check(document.rebacRef(), relation, subject.rebacRef());
        String decidedBy = d.allowed()
                ? "path " + d.pathText()
                : "no path from " + document.rebacRef() + "#" + relation + " to " + subject.rebacRef()
                + " (searched " + String.join(", ", d.visited()) + ")";
        return new PolicyDecision(AuthzModel.REBAC, d.allowed(), decidedBy, subject, document, action);
    }
}
