package dev.trustflow.sim.scenarios.authz;

import static dev.trustflow.sim.scenarios.authz.AuthzCast.BOB_APP;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.DOCS;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.EXPORT;
import static dev.trustflow.sim.scenarios.authz.AuthzCast.IDP;

import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Lesson 17: Bob, a finance viewer, reads the Q3 plan and then tries to edit it, under RBAC, ABAC or ReBAC. The
 * docs service decides with real engines (jcasbin for RBAC and ABAC, the ReBAC check of {@code sim.authz}) and
 * records which rule or relationship path decided. What-ifs: Bob sets his own role claim to editor (refused where
 * roles come from the server's directory, accepted where the service trusts the claim), or he asks the export
 * service, which may read every folder, for the HR payroll (a confused deputy, unless the deputy passes Bob's
 * identity on by token exchange).
 */
public final class AuthorizationModelsScenario implements Scenario {

    public static final String ID = "authorization-models";
    public static final String OPTION_MODEL = "model";
    public static final String OPTION_ATTACK = "attack";
    public static final String OPTION_ROLES_FROM = "roles-from";
    public static final String OPTION_DEPUTY = "deputy-passes";
    static final String ROLES_FROM_SERVER = "server";
    static final String ROLES_FROM_TOKEN = "token-claim";
    static final String DEPUTY_OWN = "own-identity";
    static final String DEPUTY_USER = "user-token";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Authorization models: RBAC, ABAC and ReBAC";
    }

    @Override
    public String description() {
        return "One request, Bob editing the finance Q3 plan, decided by roles (RBAC), attributes (ABAC) or "
                + "relationships (ReBAC), each decision naming the rule or path that decided. Then a role claim "
                + "Bob set himself, and an export service lending him its own broad rights (a confused deputy).";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_MODEL, AuthzModel.RBAC.id(), AuthzModel.ids(), "Model",
                        "How the docs service decides: roles (RBAC), attributes (ABAC) or relationships (ReBAC)"),
                OptionSpec.choice(OPTION_ATTACK, AuthzAttack.NONE.id(), AuthzAttack.ids(), "Bob tries",
                        "none: he asks to edit with his own rights; edited-role-claim: he sets his profile's role"
                                + " to editor first; confused-deputy: he asks the export service for the HR"
                                + " payroll"),
                OptionSpec.choice(OPTION_ROLES_FROM, ROLES_FROM_SERVER, List.of(ROLES_FROM_SERVER,
                                ROLES_FROM_TOKEN), "Roles from",
                        "Where the docs service takes Bob's role and department: its own directory, or the"
                                + " token's claims"),
                OptionSpec.choice(OPTION_DEPUTY, DEPUTY_OWN, List.of(DEPUTY_OWN, DEPUTY_USER), "Deputy passes",
                        "What the export service shows the docs service: its own identity, or Bob's (by token"
                                + " exchange)"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        AuthzModel model = AuthzModel.of(options.choice(OPTION_MODEL));
        AuthzAttack attack = AuthzAttack.of(options.choice(OPTION_ATTACK));
        boolean rolesFromServer = ROLES_FROM_SERVER.equals(options.choice(OPTION_ROLES_FROM));
        boolean passUserToken = DEPUTY_USER.equals(options.choice(OPTION_DEPUTY));
        AuthzCast.declare(sim);

        sim.phase("The policy");
        KeyRing ring = sim.keys();
        ring.es256(IdentityProvider.KID);
        int keyCreated = sim.event(EventKinds.KEY_CREATED, IDP).to(DOCS)
                .caption("The identity provider creates its ES256 signing key; the docs service trusts its JWKS")
                .data("alg", "ES256").data("kid", IdentityProvider.KID)
                .artifact(Artifact.jwks("IdP JWKS", ring.jwks().toString()))
                .emit();
        DocsApi docs = new DocsApi(sim, new JwtVerifier(policy()), ring.jwks(), model, rolesFromServer);
        docs.install();
        List<Integer> rolesVersusRules = CasbinPolicies.roleCountVersusRules();
        sim.event(EventKinds.NOTE, DOCS).cause(keyCreated)
                .caption("The docs service decides with " + model.label() + "; its policy is data, shown here")
                .data("model", model.id()).data("rbac-roles", rolesVersusRules.get(0))
                .data("abac-rules", rolesVersusRules.get(1))
                .artifact(docs.policyArtifact())
                .emit();
        IdentityProvider idp = new IdentityProvider(sim, keyCreated);

        sim.phase("Bob signs in");
        Integer edited = attack == AuthzAttack.EDITED_ROLE_CLAIM
                ? idp.selfEditRole(BOB_APP, Directory.BOB, "editor") : null;
        String bobToken = idp.issue(BOB_APP, Directory.BOB, "Bob signs in; the IdP issues his app an access token",
                edited);
        if (attack == AuthzAttack.CONFUSED_DEPUTY) {
            String ownToken = idp.issue(EXPORT, Directory.EXPORT, "The export service signs in with its own"
                    + " client credentials", null);
            new ExportService(sim, idp, passUserToken, ownToken).install();
        }

        sim.phase("Bob reads the Q3 plan");
        Exchange read = sim.send(DocsApi.call(BOB_APP, "GET", Document.Q3_PLAN, bobToken,
                "Bob opens q3-plan in the finance folder"));
        sim.summary().put("model", model.id());
        sim.summary().put("attack", attack.id());
        sim.summary().put("readStatus", read.status().orElse(0));
        if (attack == AuthzAttack.CONFUSED_DEPUTY) {
            sim.phase("Bob asks the export service");
            Exchange exported = sim.send(ExportService.call(BOB_APP, Document.PAYROLL, bobToken,
                    "Bob asks the export service for payroll-2026 (HR) as a PDF"));
            sim.summary().put("exportStatus", exported.status().orElse(0));
            sim.summary().put("leaked", exported.ok() && !allowedByDirectory(sim, docs, Document.PAYROLL, "read")
                    && leak(sim, exported, EXPORT, "payroll-2026", "Confused deputy: Bob gets the HR payroll,"
                    + " which he may not read, through the export service's rights"));
        } else {
            sim.phase("Bob tries to edit it");
            Exchange edit = sim.send(DocsApi.call(BOB_APP, "PUT", Document.Q3_PLAN, bobToken,
                    "Bob saves a change to q3-plan"));
            sim.summary().put("editStatus", edit.status().orElse(0));
            sim.summary().put("escalated", edit.ok() && !allowedByDirectory(sim, docs, Document.Q3_PLAN, "edit")
                    && leak(sim, edit, DOCS, "edit rights on q3-plan", "Privilege escalation: Bob's edit of q3-plan"
                    + " is saved with a role he gave himself"));
        }
    }

    /** The real decision for Bob as the docs service's own directory describes him. */
    private static boolean allowedByDirectory(Simulation sim, DocsApi docs, Document document, String action) {
        return docs.decide(Directory.lookup(Directory.BOB), document, action,
                sim.now().atZone(ZoneOffset.UTC).getHour()).allowed();
    }

    private static boolean leak(Simulation sim, Exchange exchange, String from, String what, String caption) {
        sim.event(EventKinds.DATA_LEAKED, from).to(BOB_APP).cause(exchange.responseSeq()).flow(exchange.flow())
                .caption(caption)
                .data(DataKeys.WHAT, what)
                .emit();
        return true;
    }

    /** The docs service's token policy: ES256 only, this issuer, this API's audience, typ at+jwt, sub and exp. */
    static JwtPolicy policy() {
        return new JwtPolicy(Set.of("ES256"), AuthzCast.ISSUER, AuthzCast.AUDIENCE, Set.of("sub", "exp"),
                Duration.ofSeconds(30), "at+jwt");
    }
}
