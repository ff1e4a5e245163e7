package dev.trustflow.sim.scenarios.tokens;

import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ALICE_APP;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.ATTACKER;
import static dev.trustflow.sim.scenarios.tokens.JwtAnatomyScenario.AUTH_SERVER;

import com.nimbusds.jose.jwk.JWK;
import dev.trustflow.sim.crypto.jwt.JwtDecodeException;
import dev.trustflow.sim.crypto.jwt.JwtDecoder;
import dev.trustflow.sim.crypto.jwt.PublicKeyPem;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.present.Durations;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.time.Duration;

/**
 * The attacker's moves in jwt-anatomy, each an {@code attack.step} carrying the real token it produced and
 * caused by what she saw before it: the issued token she copies, the copy she reads, the public key she fetched.
 */
final class AnatomyAttacker {

    /**
     * What the attacker presents and the step that produced it.
     *
     * @param token    the token she sends as her bearer credential
     * @param lastStep the seq of the attack step that made it (the call she sends follows from it)
     */
    record Forged(String token, int lastStep) {
    }

    private AnatomyAttacker() {
    }

    /**
     * Copies Alice's token (issued at event {@code issued}, held as {@code tokenId}), reads it, and rewrites or
     * replays it as {@code attack} says.
     */
    static Forged act(Simulation sim, JwtAttack attack, String token, String tokenId, int issued, JWK serverKey) {
        int previous = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(ALICE_APP).cause(issued)
                .caption("The attacker copies Alice's token from a proxy log and decodes it: a JWT is signed,"
                        + " not encrypted, so anyone holding it can read every claim")
                .data(DataKeys.STEP, "capture")
                .artifact(Artifact.jwt("captured token", token))
                .artifact(Artifact.text("decoded payload", payload(token)))
                .steals(ATTACKER, ALICE_APP, tokenId)
                .emit();
        if (attack == JwtAttack.ALG_CONFUSION) {
            previous = sim.event(EventKinds.ATTACK_STEP, ATTACKER).to(AUTH_SERVER).cause(previous)
                    .caption("The attacker downloads the auth server's RSA public key: it is public by design")
                    .data(DataKeys.STEP, "fetch-public-key")
                    .artifact(Artifact.text("auth server public key (PEM)", PublicKeyPem.of(serverKey)))
                    .emit();
        }
        if (attack == JwtAttack.EXPIRED) {
            Duration wait = JwtAnatomyScenario.TOKEN_TTL.plusMinutes(5);
            sim.jump(wait, ATTACKER, Durations.later(wait));
        }
        String sent = attack.forge(token, serverKey);
        int forged = sim.event(EventKinds.ATTACK_STEP, ATTACKER).cause(previous)
                .caption(attack.caption())
                .data(DataKeys.STEP, attack.id())
                .artifact(Artifact.jwt(attack.rewrites() ? "forged token" : "replayed token", sent))
                .artifact(Artifact.text("decoded payload", payload(sent)))
                .emit();
        return new Forged(sent, forged);
    }

    private static String payload(String token) {
        try {
            return JwtDecoder.decode(token).payloadJson();
        } catch (JwtDecodeException e) {
            return "(cannot decode: " + e.getMessage() + ")";
        }
    }
}
