package dev.trustflow.sim.scenarios.authz;

import static dev.trustflow.sim.scenarios.authz.AuthzCast.DOCS;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.DecodedJwt;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The docs service: it authenticates each call (a real ES256 JWT verification), works out who is asking (from its
 * own directory, or from the token's claims when {@code roles-from} is token-claim), asks the model's engine
 * whether they may, records the decision as {@code authz.<model>} with its decision table, and answers.
 */
final class DocsApi {

    static final String BEARER = "bearer";
    private static final String SUBJECT = "subject";
    private static final String CLAIMS = "token claims";

    private final Simulation sim;
    private final JwtVerifier verifier;
    private final JWKSet trustedKeys;
    private final AuthzModel model;
    private final boolean rolesFromServer;
    private final CasbinPolicies casbin = new CasbinPolicies();
    private final RebacPolicy rebac = new RebacPolicy();

    DocsApi(Simulation sim, JwtVerifier verifier, JWKSet trustedKeys, AuthzModel model, boolean rolesFromServer) {
        this.sim = sim;
        this.verifier = verifier;
        this.trustedKeys = trustedKeys;
        this.model = model;
        this.rolesFromServer = rolesFromServer;
    }

    void install() {
        sim.guard(DOCS, this::authenticate);
        sim.guard(DOCS, this::authorize);
        sim.serve(DOCS, DocsApi::serve);
    }

    /** The policy the service decides with, as the artifact it is (casbin model and policy, or tuples). */
    Artifact policyArtifact() {
        return switch (model) {
            case RBAC -> Artifact.text("RBAC policy (jcasbin)", CasbinPolicies.RBAC_MODEL + "\n# policy.csv\n"
                    + CasbinPolicies.RBAC_POLICY);
            case ABAC -> Artifact.text("ABAC policy (jcasbin)", CasbinPolicies.ABAC_MODEL + "\n# policy.csv\n"
                    + CasbinPolicies.ABAC_POLICY);
            case REBAC -> Artifact.text("ReBAC relation tuples", rebac.describe());
        };
    }

    /** {@code GET /documents/{id}} (read) or {@code PUT /documents/{id}} (edit), with a bearer token. */
    static Request call(String from, String method, Document document, String token, String caption) {
        return Request.of(method, from, DOCS, "/documents/" + document.id()).caption(caption)
                .carry(BEARER, token).artifact(Artifact.jwt("bearer token", token));
    }

    private Optional<Reply> authenticate(Arrival at) {
        String token = at.request().carried(BEARER, String.class).orElseThrow();
        VerificationReport report = verifier.verify(token, trustedKeys, at.now());
        if (!at.checks(report.checks(), c -> c.check().equals("jwt.signature"))) {
            CheckResult failed = report.firstFailure().orElseThrow();
            return Optional.of(at.refuse(401, failed, "401 Unauthorized: " + failed.check() + " failed"));
        }
        DecodedJwt claims = decode(token);
        Subject subject = rolesFromServer
                ? Directory.lookup(claims.claim("sub"))
                : new Subject(claims.claim("sub"), claims.claim("dept"), claims.claim("role"), CLAIMS);
        at.request().carry(SUBJECT, subject);
        return Optional.empty();
    }

    private Optional<Reply> authorize(Arrival at) {
        Subject subject = at.request().carried(SUBJECT, Subject.class).orElseThrow();
        Document document = document(at.request());
        String action = "PUT".equals(at.request().method()) ? "edit" : "read";
        PolicyDecision decision = decide(subject, document, action, at.now().atZone(ZoneOffset.UTC).getHour());
        CheckResult result = decision.result();
        int seq = at.event(result.passed() ? EventKinds.CHECK_PASS : EventKinds.CHECK_FAIL)
                .caption((result.passed() ? "✓ " : "✗ ") + result.check() + ": " + model.label() + " "
                        + (result.passed() ? "allows " : "denies ") + subject.name() + " " + action + " "
                        + document.id())
                .data(DataKeys.CHECK, result.check()).data(DataKeys.PASSED, result.passed())
                .data(DataKeys.REASON, result.reason())
                .data(decision.table())
                .artifact(Artifact.text("decision table", decision.tableText()))
                .emit();
        if (!result.passed()) {
            return Optional.of(Reply.refuse(403, result, "403 Forbidden: " + model.label() + " denies "
                    + subject.name() + " " + action + " on " + document.id()).causedBy(seq));
        }
        return Optional.empty();
    }

    PolicyDecision decide(Subject subject, Document document, String action, int hour) {
        return switch (model) {
            case RBAC -> casbin.rbac(subject, document, action, rolesFromServer);
            case ABAC -> casbin.abac(subject, document, action, hour);
            case REBAC -> rebac.decide(subject, document, action);
        };
    }

    private static Reply serve(Arrival at) {
        Document document = document(at.request());
        Subject subject = at.request().carried(SUBJECT, Subject.class).orElseThrow();
        if ("PUT".equals(at.request().method())) {
            return Reply.of(200, "200 OK: " + document.id() + " saved").carry(SUBJECT, subject)
                    .relayCaption("200 OK: " + subject.name() + "'s edit of " + document.id() + " is saved");
        }
        return Reply.of(200, "200 OK: " + document.id()).carry(SUBJECT, subject)
                .artifact(Artifact.text(document.id(), document.text()))
                .relayCaption("200 OK: " + document.id() + " goes back to " + subject.name());
    }

    private static Document document(Request request) {
        return Document.byId(request.path().substring(request.path().lastIndexOf('/') + 1));
    }

    private static DecodedJwt decode(String verifiedToken) {
        try {
            return JwtDecoder.decode(verifiedToken);
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("a verified token must decode: " + e.getMessage(), e);
        }
    }
}
