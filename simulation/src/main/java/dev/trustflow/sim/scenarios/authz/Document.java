package dev.trustflow.sim.scenarios.authz;

import java.util.Map;

/**
 * A document of the docs service and the folder it sits in.
 *
 * @param id     {@code q3-plan}
 * @param folder {@code finance}
 * @param text   what the document says (what a reader obtains)
 */
record Document(String id, String folder, String text) {

    static final Document Q3_PLAN = new Document("q3-plan", "finance",
            "Q3 plan (finance): cut travel budget 12%, hire 2 analysts, close the Leeds office in October.");
    static final Document PAYROLL = new Document("payroll-2026", "hr",
            "Payroll 2026 (HR): salary, bank account and tax id of every employee.");

    /** The casbin object name: {@code finance/q3-plan}. */
    String path() {
        return folder + "/" + id;
    }

    /** The object's attributes for an ABAC rule ({@code r.obj.folder}). */
    Map<String, Object> attributes() {
        return Map.of("id", id, "folder", folder);
    }

    /** The ReBAC object: {@code document:q3-plan}. */
    String rebacRef() {
        return "document:" + id;
    }

    static Document byId(String id) {
        if (Q3_PLAN.id.equals(id)) {
            return Q3_PLAN;
        }
        if (PAYROLL.id.equals(id)) {
            return PAYROLL;
        }
        throw new IllegalArgumentException("no document " + id);
    }
}
