package dev.trustflow.sim.scenarios.tokens;

import com.nimbusds.jose.jwk.JWK;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.PublicKeyPem;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/** The attacker's moves in jwt-anatomy, each an {@code attack.step} carrying the real token it produced. */
final class AnatomyAttacker {

    private static final String ATTACKER = JwtAnatomyScenario.ATTACKER;
    private static final Duration LATENCY = Duration.ofMillis(40);

    private AnatomyAttacker() {
    }

    /** Captures Alice's token, reads it, and rewrites or replays it as {@code attack} says; returns what is sent. */
    static String act(Simulation sim, JwtAttack attack, String token, JWK serverKey) {
        sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(JwtAnatomyScenario.ALICE_APP)
                .caption("The attacker copies Alice's token from a proxy log and decodes it: a JWT is signed,"
                        + " not encrypted, so anyone holding it can read every claim")
                .data("step", "capture")
                .artifact(Artifact.jwt("captured token", token))
                .artifact(Artifact.text("decoded payload", payload(token)))
                .emit();
        sim.tick(LATENCY);
        if (attack == JwtAttack.ALG_CONFUSION) {
            sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(JwtAnatomyScenario.AUTH_SERVER)
                    .caption("The attacker downloads the auth server's RSA public key: it is public by design")
                    .data("step", "fetch-public-key")
                    .artifact(Artifact.text("auth server public key (PEM)", PublicKeyPem.of(serverKey)))
                    .emit();
            sim.tick(LATENCY);
        }
        if (attack == JwtAttack.EXPIRED) {
            sim.jump(JwtAnatomyScenario.TOKEN_TTL.plusMinutes(5), ATTACKER, "20 minutes later");
        }
        String sent = attack.forge(token, serverKey);
        sim.event(EventKinds.ATTACK_STEP, ATTACKER)
                .caption(attack.caption())
                .data("step", attack.id())
                .artifact(Artifact.jwt(attack.rewrites() ? "forged token" : "replayed token", sent))
                .artifact(Artifact.text("decoded payload", payload(sent)))
                .emit();
        sim.tick(LATENCY);
        return sent;
    }

    private static String payload(String token) {
        try {
            return JwtDecoder.decode(token).payloadJson();
        } catch (JwtDecodeException e) {
            return "(cannot decode: " + e.getMessage() + ")";
        }
    }
}
