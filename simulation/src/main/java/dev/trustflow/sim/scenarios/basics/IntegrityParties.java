package dev.trustflow.sim.scenarios.basics;

import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.ALICE;
import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.BOB;
import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.CAROL;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;

/**
 * What each party of {@link HashMacSignatureScenario} can compute with the keys it really holds (all from the
 * run's {@code sim.keys()}): Alice protects, the attacker forges with only what she has, Bob and Carol verify
 * with their own copies. Setting up records how the keys were agreed or published and who now holds what.
 *
 * @param setUpSeq       the event that set the protection up (agreement, key creation)
 * @param alice          the check value Alice computes for a message
 * @param attacker       the best check value the attacker can compute for her edited message
 * @param bob            Bob's verification of a message and the check value that came with it
 * @param carol          Carol's verification, with Alice's public key only (a signature alone offers one)
 * @param forgeryCaption what the attacker does, in one sentence
 * @param attackerKey    the key of her own the attacker uses, which opens nothing (none for a plain hash)
 */
record IntegrityParties(int setUpSeq, UnaryOperator<byte[]> alice, UnaryOperator<byte[]> attacker,
                        BiFunction<byte[], byte[], CheckResult> bob,
                        Optional<BiFunction<byte[], byte[], CheckResult>> carol, String forgeryCaption,
                        Optional<Credential> attackerKey) {

    /** Creates and distributes the keys {@code integrity} needs, recording each step. */
    static IntegrityParties setUp(Simulation sim, Integrity integrity) {
        switch (integrity) {
            case HMAC:
                return hmac(sim);
            case SIGNATURE:
                return signature(sim);
            default:
                return hash(sim);
        }
    }

    private static IntegrityParties hash(Simulation sim) {
        int agreed = sim.event(HashMacSignatureScenario.PROTOCOL_AGREED, ALICE).to(BOB)
                .caption("Alice and Bob agree that every order travels with its SHA-256 digest; no key is involved")
                .emit();
        return new IntegrityParties(agreed, MessageIntegrity::sha256, MessageIntegrity::sha256,
                MessageIntegrity::verifyHash, Optional.empty(),
                "The attacker recomputes the SHA-256 of the edited order: SHA-256 needs no key, anyone can compute it",
                Optional.empty());
    }

    private static IntegrityParties hmac(Simulation sim) {
        byte[] shared = sim.keys().hs256("alice-bob-hmac").toByteArray();
        Credential key = new Credential("alice-bob-hmac", Credential.Kind.KEY, "HMAC key Alice and Bob share",
                Set.of(BOB), null);
        int agreed = sim.event(EventKinds.KEY_CREATED, ALICE).to(BOB)
                .caption("Alice and Bob agree on a secret 256-bit HMAC key face to face; the attacker never sees it")
                .data("algorithm", "HmacSHA256").data("bits", 256)
                .gives(ALICE, key).gives(BOB, key)
                .emit();
        SecretKey alicesCopy = MessageIntegrity.hmacKey(shared);
        SecretKey bobsCopy = MessageIntegrity.hmacKey(shared);
        SecretKey attackers = MessageIntegrity.hmacKey(sim.keys().hs256("attacker-hmac").toByteArray());
        return new IntegrityParties(agreed, m -> MessageIntegrity.hmacSha256(alicesCopy, m),
                m -> MessageIntegrity.hmacSha256(attackers, m),
                (m, tag) -> MessageIntegrity.verifyHmac(bobsCopy, m, tag), Optional.empty(),
                "The attacker cannot compute the HMAC without the shared key, so she computes one with a key of her own",
                Optional.of(ownKey("attacker-hmac", "the attacker's own HMAC key")));
    }

    private static IntegrityParties signature(Simulation sim) {
        KeyPair alice = keyPair(sim.keys().es256("alice-p256"));
        String pem = EcKeys.publicKeyPem(alice.getPublic());
        int created = sim.event(EventKinds.KEY_CREATED, ALICE)
                .caption("Alice creates an ECDSA P-256 key pair: she keeps the private key, the public key may go to anyone")
                .data("algorithm", "EC P-256").data("fingerprint", EcKeys.fingerprint(alice.getPublic()))
                .artifact(Artifact.text("Alice's public key (PEM)", pem))
                .gives(ALICE, new Credential("alice-p256", Credential.Kind.KEY, "Alice's private signing key",
                        Set.of(BOB, CAROL), null))
                .emit();
        for (String holder : new String[] {BOB, CAROL}) {
            sim.event(HashMacSignatureScenario.KEY_SHARED, ALICE).to(holder).cause(created)
                    .caption("Alice publishes her public key; " + (BOB.equals(holder) ? "Bob" : "Carol")
                            + " keeps a copy")
                    .artifact(Artifact.text("Alice's public key (PEM)", pem))
                    .emit();
        }
        KeyPair attackers = keyPair(sim.keys().es256("attacker-p256"));
        PublicKey bobsCopy = EcKeys.parsePublicKeyPem(pem);
        PublicKey carolsCopy = EcKeys.parsePublicKeyPem(pem);
        return new IntegrityParties(created, m -> MessageIntegrity.sign(alice.getPrivate(), m),
                m -> MessageIntegrity.sign(attackers.getPrivate(), m),
                (m, sig) -> MessageIntegrity.verifySignature(bobsCopy, m, sig),
                Optional.of((m, sig) -> MessageIntegrity.verifySignature(carolsCopy, m, sig)),
                "The attacker cannot sign as Alice without her private key, so she signs with a key pair of her own",
                Optional.of(ownKey("attacker-p256", "the attacker's own private key")));
    }

    /** A key the attacker holds: nobody in this world accepts what it makes. */
    private static Credential ownKey(String id, String label) {
        return new Credential(id, Credential.Kind.KEY, label, Set.of(), null);
    }

    private static KeyPair keyPair(ECKey key) {
        try {
            return key.toKeyPair();
        } catch (JOSEException e) {
            throw new IllegalStateException("an EC key from the run's key ring has both halves: " + e.getMessage(), e);
        }
    }
}
