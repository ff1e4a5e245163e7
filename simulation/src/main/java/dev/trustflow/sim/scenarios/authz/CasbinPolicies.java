package dev.trustflow.sim.scenarios.authz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casbin.jcasbin.main.EnforceResult;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.casbin.jcasbin.persist.file_adapter.FileAdapter;

/**
 * The docs service's RBAC and ABAC policies as jcasbin model and policy text, and the real jcasbin enforcers over
 * them. {@code enforceEx} returns the policy line that matched, which becomes the decision's "decided by".
 */
final class CasbinPolicies {

    static final String RBAC_MODEL = """
            [request_definition]
            r = sub, obj, act

            [policy_definition]
            p = sub, obj, act

            [role_definition]
            g = _, _

            [policy_effect]
            e = some(where (p.eft == allow))

            [matchers]
            m = g(r.sub, p.sub) && keyMatch(r.obj, p.obj) && r.act == p.act
            """;

    /** Roles per department and level: the role list grows with every department (role explosion). */
    static final String RBAC_POLICY = """
            p, finance-viewer, finance/*, read
            p, finance-editor, finance/*, read
            p, finance-editor, finance/*, edit
            p, hr-viewer, hr/*, read
            p, hr-editor, hr/*, read
            p, hr-editor, hr/*, edit
            p, exporter, *, read
            g, alice, finance-editor
            g, bob, finance-viewer
            g, export-service, exporter
            """;

    static final String ABAC_MODEL = """
            [request_definition]
            r = sub, obj, act, env

            [policy_definition]
            p = sub_rule, act

            [policy_effect]
            e = some(where (p.eft == allow))

            [matchers]
            m = eval(p.sub_rule) && r.act == p.act
            """;

    /** Three rules over attributes, whatever the number of departments. */
    static final String ABAC_POLICY = """
            p, r.sub.dept == r.obj.folder && r.env.hour >= 8 && r.env.hour < 19, read
            p, r.sub.dept == r.obj.folder && r.sub.role == 'editor', edit
            p, r.sub.role == 'exporter', read
            """;

    private final Enforcer rbac = enforcer(RBAC_MODEL, RBAC_POLICY);
    private final Enforcer abac = enforcer(ABAC_MODEL, ABAC_POLICY);

    /**
     * RBAC: with roles from the server, casbin resolves the subject's roles from its own {@code g} lines; with
     * roles from the token, the service asks casbin about the claimed role itself.
     */
    PolicyDecision rbac(Subject subject, Document document, String action, boolean rolesFromServer) {
        String asked = rolesFromServer ? subject.name() : subject.rbacRole();
        EnforceResult result = rbac.enforceEx(asked, document.path(), action);
        String decidedBy = result.isAllow()
                ? "policy line p, " + String.join(", ", result.getExplain())
                + (rolesFromServer ? " via g, " + subject.name() + ", " + subject.rbacRole() : " (role "
                + asked + " from the token)")
                : "no policy line gives " + subject.rbacRole() + " " + action + " on " + document.path();
        return new PolicyDecision(AuthzModel.RBAC, result.isAllow(), decidedBy, subject, document, action);
    }

    /** ABAC: the rules compare the subject's, the document's and the environment's attributes. */
    PolicyDecision abac(Subject subject, Document document, String action, int hour) {
        EnforceResult result = abac.enforceEx(subject.attributes(), document.attributes(), action,
                Map.of("hour", hour));
        String decidedBy = result.isAllow()
                ? "rule " + result.getExplain().get(0) + " (dept " + subject.dept() + ", role " + subject.role()
                + ", folder " + document.folder() + ", hour " + hour + ")"
                : "no " + action + " rule holds for dept " + subject.dept() + ", role " + subject.role()
                + ", folder " + document.folder() + ", hour " + hour;
        return new PolicyDecision(AuthzModel.ABAC, result.isAllow(), decidedBy, subject, document, action);
    }

    /** How many RBAC roles the policy lists, against the ABAC rules that replace them. */
    static List<Integer> roleCountVersusRules() {
        long roles = RBAC_POLICY.lines().filter(l -> l.startsWith("p, ")).map(l -> l.split(",\\s*")[1])
                .distinct().count();
        long rules = ABAC_POLICY.lines().filter(l -> l.startsWith("p, ")).count();
        return List.of((int) roles, (int) rules);
    }

    private static Enforcer enforcer(String model, String policy) {
        return new Enforcer(Model.newModelFromString(model),
                new FileAdapter(new ByteArrayInputStream(policy.getBytes(StandardCharsets.UTF_8))));
    }
}
