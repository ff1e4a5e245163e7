package dev.trustflow.sim.scenarios.zerotrust;

import static dev.trustflow.sim.scenarios.zerotrust.Company.GATEWAY;
import static dev.trustflow.sim.scenarios.zerotrust.Company.WEB;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The company's enforcement points and handlers. The gateway (north-south) authenticates users on every route
 * but the public search. Behind it, each service learns the user from the {@code X-User-Id} header or by verifying
 * the user's token itself (nimbus); in zero trust each service's sidecar first authorizes the calling workload's
 * verified SPIFFE ID ({@link EastWestPolicy}). In the perimeter nothing else checks: the caller is inside.
 */
final class CompanyServices {

    static final String ISSUER = "https://gateway.trustflow.demo";
    static final String AUDIENCE = "trustflow-internal";
    /** Carried: the bearer token a request presents. */
    static final String BEARER = "bearer";
    /** Carried and shown: the user a request claims to be for, as the header services may believe. */
    static final String USER_HEADER = "X-User-Id";
    /** Carried: the SPIFFE ID the callee's sidecar verified in the mutual-TLS handshake. */
    static final String PEER = "peer-spiffe-id";
    /** Routes anyone on the internet may call. */
    static final Set<String> PUBLIC_PATHS = Set.of("/search");

    /** What each service answers to an admin's request: the data the attacker is after. */
    private static final Map<String, String> DATA = Map.of(
            "/account", "Alice's account page",
            "/search", "search results",
            "/orders", "all 18,204 orders",
            "/refunds", "a refund of 4,900 EUR to the attacker's card",
            "/customers", "312,000 customer records",
            "/employees", "every employee's salary and address");

    private final Simulation sim;
    private final Architecture architecture;
    private final Propagation propagation;
    private final SidecarChecks checks;
    private String gatewayPeer;

    CompanyServices(Simulation sim, Architecture architecture, Propagation propagation, JWKSet trustedKeys) {
        this.sim = sim;
        this.architecture = architecture;
        this.propagation = propagation;
        this.checks = new SidecarChecks(trustedKeys);
    }

    /** The gateway's internal tokens: ES256, this issuer, the internal audience, sub and exp required. */
    static JwtPolicy policy() {
        return new JwtPolicy(Set.of("ES256"), ISSUER, AUDIENCE, Set.of("sub", "exp"), Duration.ofSeconds(30),
                "at+jwt");
    }

    void install(List<String> services) {
        sim.guard(GATEWAY, this::edge);
        for (String service : services) {
            if (architecture == Architecture.ZERO_TRUST) {
                sim.guard(service, CompanyServices::sidecar);
            }
            if (propagation == Propagation.VERIFIED_TOKEN) {
                sim.guard(service, this::verifyUser);
            }
            sim.serve(service, this::serve);
        }
    }

    /** The SPIFFE ID web verified for the gateway's connection, which the gateway's requests to web ride on. */
    void gatewayConnected(String peerId) {
        this.gatewayPeer = peerId;
    }

    /** North-south: users authenticate at the edge; the gateway sets the user header from the verified token. */
    private Optional<Reply> edge(Arrival at) {
        if (gatewayPeer != null) {
            at.request().carry(PEER, gatewayPeer);
        }
        if (PUBLIC_PATHS.contains(at.request().path())) {
            return Optional.empty();
        }
        Optional<Reply> refused = authenticate(at, "the gateway");
        if (refused.isPresent()) {
            return refused;
        }
        String user = subject(at.request().carried(BEARER, String.class).orElseThrow());
        at.request().carry(USER_HEADER, user)
                .forwardCaption("The gateway forwards " + at.request().line() + (propagation
                        == Propagation.FORWARDED_HEADER ? " with " + USER_HEADER + ": " + user
                        : " with Alice's token"));
        return Optional.empty();
    }

    /** East-west in zero trust: the callee's sidecar authorizes the workload it verified, per operation. */
    private static Optional<Reply> sidecar(Arrival at) {
        String peer = at.request().carried(PEER, String.class).orElse("no verified identity");
        CheckResult decision = SidecarChecks.authorize(at.at(), peer, at.request().method(), at.request().path());
        if (!at.check(decision)) {
            return Optional.of(at.refuse(403, decision, "403 Forbidden: " + Company.possessive(at.at())
                    + " sidecar refuses " + at.request().line() + " from " + shortName(peer)));
        }
        return Optional.empty();
    }

    /** The service checks the user's token itself, whatever a header says. */
    private Optional<Reply> verifyUser(Arrival at) {
        if (PUBLIC_PATHS.contains(at.request().path())) {
            return Optional.empty();
        }
        return authenticate(at, Company.label(at.at()));
    }

    private Optional<Reply> authenticate(Arrival at, String who) {
        Optional<String> token = at.request().carried(BEARER, String.class);
        CheckResult present = token.isEmpty()
                ? CheckResult.fail("authn.token-present", "no Authorization: Bearer token, so " + who
                        + " cannot tell which user this is for")
                : CheckResult.pass("authn.token-present", "an Authorization: Bearer token is present");
        if (!at.check(present)) {
            return Optional.of(at.refuse(401, present, "401 Unauthorized: no token"));
        }
        VerificationReport report = checks.verifyUser(token.get(), at.now());
        if (!at.checks(report.checks(), c -> "jwt.signature".equals(c.check()))) {
            CheckResult failed = report.firstFailure().orElseThrow();
            return Optional.of(at.refuse(401, failed, "401 Unauthorized: " + failed.check() + " failed at "
                    + who));
        }
        return Optional.empty();
    }

    private Reply serve(Arrival at) {
        String user = user(at);
        String what = DATA.getOrDefault(at.request().path(), at.request().path());
        String trusted = propagation == Propagation.FORWARDED_HEADER
                ? " (it believes " + USER_HEADER + ": " + user + ")" : " (for " + user + ", whose token it verified)";
        return Reply.of(200, "200 OK: " + Company.label(at.at()) + " returns " + what
                        + (PUBLIC_PATHS.contains(at.request().path()) ? "" : trusted))
                .data("servedAs", user)
                .carry("what", what);
    }

    /** The user a request is served for: the verified token's subject, or whatever the header says. */
    private String user(Arrival at) {
        if (propagation == Propagation.VERIFIED_TOKEN) {
            return at.request().carried(BEARER, String.class).map(CompanyServices::subject).orElse("anonymous");
        }
        return at.request().carried(USER_HEADER, String.class).orElse("anonymous");
    }

    private static String subject(String token) {
        try {
            return JwtDecoder.decode(token).claim("sub");
        } catch (JwtDecodeException e) {
            throw new IllegalStateException("a verified token must decode: " + e.getMessage(), e);
        }
    }

    /** The last segment of a SPIFFE ID ({@code web}); the text itself when it is not one. */
    static String shortName(String spiffeId) {
        return spiffeId.startsWith("spiffe://") ? spiffeId.substring(spiffeId.lastIndexOf('/') + 1) : spiffeId;
    }
}
