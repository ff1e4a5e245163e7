package dev.trustflow.sim.scenarios.zerotrust;

import static dev.trustflow.sim.scenarios.zerotrust.Company.ATTACKER;
import static dev.trustflow.sim.scenarios.zerotrust.Company.GATEWAY;
import static dev.trustflow.sim.scenarios.zerotrust.Company.LAPTOP;
import static dev.trustflow.sim.scenarios.zerotrust.Company.WEB;

import dev.trustflow.sim.crypto.jwt.JwtIssuer;
import dev.trustflow.sim.crypto.jwt.KeyRing;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.scenarios.mesh.DialResult;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.Trace;
import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lesson 15: the same company twice. In the perimeter architecture the edge firewall and gateway are the only
 * checks and the services accept any caller on the internal network; in zero trust every east-west hop is a real
 * mutual-TLS handshake with a SPIFFE identity (lesson 14's mesh) and every request is authorized at the callee's
 * sidecar by the caller's verified identity and the operation ({@link EastWestPolicy}). An attacker gets onto
 * Alice's laptop or into the public web service and tries each internal service in turn, claiming to be an admin
 * the way the services learn users: a forged {@code X-User-Id} header, or Alice's token with its subject edited
 * (which services that verify the token themselves refuse, in nimbus). The reach is counted from the attempts.
 */
public final class PerimeterVsZeroTrustScenario implements Scenario {

    public static final String ID = "perimeter-vs-zero-trust";
    public static final String OPTION_ARCHITECTURE = "architecture";
    public static final String OPTION_ENTRY = "entry";
    public static final String OPTION_PROPAGATION = "identity-propagation";

    private static final String KID = "gateway-es256";
    private static final Duration TOKEN_TTL = Duration.ofHours(1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Perimeter vs zero trust: inside is not a credential";
    }

    @Override
    public String description() {
        return "An attacker lands on an employee's laptop or on a public service, then tries every internal "
                + "service. Behind a perimeter, being inside is enough; in zero trust every hop is mutual TLS with "
                + "a workload identity and a per-request policy, and each refusal names its check.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_ARCHITECTURE, Architecture.PERIMETER.id(), Architecture.ids(),
                        "Architecture", "perimeter (the edge is the only check) or zero trust (mTLS and policy on"
                                + " every hop)"),
                OptionSpec.choice(OPTION_ENTRY, Entry.PHISHED_LAPTOP.id(), Entry.ids(), "Attacker's entry",
                        "a phished employee laptop, or a bug in the public web service"),
                OptionSpec.choice(OPTION_PROPAGATION, Propagation.FORWARDED_HEADER.id(), Propagation.ids(),
                        "User identity behind the gateway", "services believe an X-User-Id header, or verify the"
                                + " user's token themselves"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        Architecture architecture = Architecture.of(options.choice(OPTION_ARCHITECTURE));
        Entry entry = Entry.of(options.choice(OPTION_ENTRY));
        Propagation propagation = Propagation.of(options.choice(OPTION_PROPAGATION));
        Company.declare(sim.world(), architecture);

        sim.phase("09:00: a normal morning");
        KeyRing ring = sim.keys();
        ring.es256(KID);
        int keyCreated = sim.event(EventKinds.KEY_CREATED, GATEWAY)
                .caption("The gateway creates the ES256 key it signs users' tokens with; "
                        + (propagation == Propagation.VERIFIED_TOKEN ? "every service holds its public key"
                        : "the services behind it read the " + CompanyServices.USER_HEADER + " header instead"))
                .data("alg", "ES256").data("kid", KID)
                .artifact(Artifact.jwks("gateway JWKS", ring.jwks().toString()))
                .emit();
        CompanyServices services = new CompanyServices(sim, architecture, propagation, ring.jwks());
        List<String> behindGateway = new ArrayList<>(List.of(WEB));
        behindGateway.addAll(Company.TARGETS);
        services.install(behindGateway);
        ZeroTrustMesh mesh = architecture == Architecture.ZERO_TRUST ? new ZeroTrustMesh(sim) : null;
        Integer cause = keyCreated;
        if (mesh != null) {
            cause = mesh.issueIdentities();
        }
        String aliceToken = signIn(sim, new JwtIssuer(ring, sim.clock()), keyCreated);
        if (mesh != null) {
            DialResult connection = mesh.connect(GATEWAY, WEB, cause);
            services.gatewayConnected(connection.peerId());
            cause = connection.lastSeq();
        }
        sim.send(Request.get(LAPTOP, WEB, "/account")
                .caption("Alice opens her account page on web: GET /account, through the gateway")
                .carry(CompanyServices.BEARER, aliceToken)
                .artifact(Artifact.jwt("Alice's token", aliceToken))
                .causedBy(cause));

        sim.phase("The attacker gets in");
        sim.tick(Duration.ofMinutes(5));
        Intrusion intrusion = new Intrusion(sim, architecture, propagation, mesh);
        int compromised = intrusion.enter(entry);
        String foothold = entry == Entry.PHISHED_LAPTOP ? LAPTOP : WEB;

        sim.phase("Recon");
        int recon = intrusion.recon(foothold, compromised);
        Intrusion.Forgery forgery = intrusion.forge(foothold, aliceToken, recon);

        sim.phase("Lateral movement");
        List<Attempt> attempts = intrusion.moveLaterally(foothold, forgery);

        sim.phase("What the attacker reached");
        List<String> reached = attempts.stream().filter(Attempt::reached).map(Attempt::target).toList();
        Map<String, String> refusals = new LinkedHashMap<>();
        attempts.stream().filter(a -> !a.reached()).forEach(a -> refusals.put(a.target(), a.refusedBy()));
        String reach = "reached " + reached.size() + " of " + attempts.size() + " internal services";
        sim.event(EventKinds.NOTE, ATTACKER).cause(attempts.get(attempts.size() - 1).lastSeq())
                .caption("From " + Company.label(foothold) + " the attacker " + reach
                        + (reached.isEmpty() ? "" : ": " + String.join(", ", reached))
                        + (refusals.isEmpty() ? "; nothing refused it" : "; refused: " + String.join(", ",
                        attempts.stream().filter(a -> !a.reached()).map(Attempt::words).toList())))
                .data("reach", reach)
                .data("reached", reached)
                .data("refusals", refusals)
                .emit();

        sim.summary().put("architecture", architecture.id());
        sim.summary().put("entry", entry.id());
        sim.summary().put("propagation", propagation.id());
        sim.summary().put("foothold", foothold);
        sim.summary().put("reached", reached);
        sim.summary().put("refusals", refusals);
        sim.summary().put("reach", reach);
        sim.summary().put(Trace.OUTCOME, reach);
    }

    /** Alice signs in at the gateway, which gives her laptop a one-hour token for the internal services. */
    private static String signIn(Simulation sim, JwtIssuer issuer, int keyCreated) {
        String token = issuer.token(KID).issuer(CompanyServices.ISSUER).subject("alice")
                .audience(CompanyServices.AUDIENCE).type("at+jwt").ttl(TOKEN_TTL)
                .claim("roles", List.of("employee"))
                .jti(sim.randomness().uuid().toString())
                .sign();
        sim.event(EventKinds.TOKEN_ISSUED, GATEWAY).to(LAPTOP).cause(keyCreated)
                .caption("Alice signs in at the gateway, which gives her laptop a token (sub alice, one hour)")
                .data("sub", "alice").data("aud", CompanyServices.AUDIENCE)
                .artifact(Artifact.jwt("Alice's token", token))
                .gives(LAPTOP, new Credential("token-alice", Credential.Kind.TOKEN, "Alice's token",
                        Set.of(GATEWAY), sim.now().plus(TOKEN_TTL)))
                .emit();
        return token;
    }
}
