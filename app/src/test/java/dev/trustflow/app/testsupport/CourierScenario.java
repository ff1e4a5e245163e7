package dev.trustflow.app.testsupport;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test-only scenario with one option of every type: Alice sends HMAC-tagged requests through a gateway;
 * an attacker may rewrite the body on the way. The gateway really recomputes the MAC with the JCA and
 * compares it in constant time, so a tampered request fails {@code hmac.verify} for real.
 */
public final class CourierScenario implements Scenario {

    public static final String ID = "courier";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Courier with a MAC";
    }

    @Override
    public String description() {
        return "Alice sends MAC-tagged requests through a gateway; an attacker may rewrite them in transit.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool("tamper", false, "Attacker rewrites the body",
                        "The attacker changes the amount in transit without knowing the key."),
                OptionSpec.choice("algorithm", "HmacSHA256", List.of("HmacSHA256", "HmacSHA512"), "MAC algorithm",
                        "Which HMAC the gateway and Alice share."),
                OptionSpec.duration("wait", Duration.ofMinutes(20), "Pause between requests",
                        "Virtual time that passes between two requests."),
                OptionSpec.number("requests", 1, 1, 3, "Requests", "How many requests Alice sends."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        sim.world().actor("alice", "Alice", ActorKind.USER, "internet");
        sim.world().actor("attacker", "Eve", ActorKind.ATTACKER, "internet");
        sim.world().actor("gateway", "API gateway", ActorKind.API_GATEWAY, "dmz");
        sim.world().actor("payments", "Payments service", ActorKind.SERVICE, "internal");
        sim.world().link("alice", "gateway", Channel.FRONT);
        sim.world().link("attacker", "gateway", Channel.ATTACK);
        sim.world().link("gateway", "payments", Channel.BACK);
        byte[] key = new byte[32];
        sim.random().nextBytes(key);
        String algorithm = options.choice("algorithm");
        for (int i = 1; i <= options.number("requests"); i++) {
            if (i > 1) {
                sim.jump(options.duration("wait"), "alice", "Some time later, Alice pays again");
            }
            send(sim, key, algorithm, options.flag("tamper"), i);
        }
    }

    private static void send(Simulation sim, byte[] key, String algorithm, boolean tamper, int n) {
        String body = "pay 10 EUR to bob #" + n;
        String tag = mac(key, algorithm, body);
        sim.event(EventKinds.HTTP_REQUEST, "alice").to("gateway")
                .caption("Alice sends \"" + body + "\" with its MAC")
                .data("method", "POST").data("path", "/payments")
                .artifact(Artifact.text("request body", body)).emit();
        String received = body;
        if (tamper) {
            received = body.replace("10 EUR", "9000 EUR");
            sim.event(EventKinds.ATTACK_STEP, "attacker").to("gateway")
                    .caption("Eve rewrites the amount to 9000 EUR but cannot recompute the MAC")
                    .artifact(Artifact.text("rewritten body", received)).emit();
        }
        boolean same = MessageDigest.isEqual(tag.getBytes(StandardCharsets.US_ASCII),
                mac(key, algorithm, received).getBytes(StandardCharsets.US_ASCII));
        sim.check("gateway", same ? CheckResult.pass("hmac.verify", algorithm + " tag matches the body")
                : CheckResult.fail("hmac.verify", algorithm + " tag does not match the body"));
        if (same) {
            sim.event(EventKinds.HTTP_REQUEST, "gateway").to("payments")
                    .caption("The gateway forwards the payment").data("method", "POST").data("path", "/payments").emit();
            sim.event(EventKinds.HTTP_RESPONSE, "payments").to("gateway")
                    .caption("Payments answers 200 OK").data("status", 200).emit();
        }
        sim.event(EventKinds.HTTP_RESPONSE, "gateway").to("alice")
                .caption(same ? "The gateway answers 200 OK" : "The gateway answers 401: the MAC is wrong")
                .data("status", same ? 200 : 401).emit();
    }

    private static String mac(byte[] key, String algorithm, String body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
