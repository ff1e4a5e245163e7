package dev.trustflow.sim.scenarios.basics;

import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.ALICE;
import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.BOB;
import static dev.trustflow.sim.scenarios.basics.HashMacSignatureScenario.CAROL;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.MessageIntegrity;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import java.security.KeyPair;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * The keys each party of {@link HashMacSignatureScenario} really holds, and what each can compute with them:
 * Alice protects, the attacker forges with only what she has, Bob and Carol verify with their own copies.
 */
final class IntegrityParties {

    private final Protection protection;
    private final SecretKey aliceSharedKey;
    private final SecretKey bobSharedKey;
    private final SecretKey attackerGuessedKey;
    private final KeyPair aliceKeys;
    private final KeyPair attackerKeys;
    private final PublicKey bobCopyOfAlicePublic;
    private final PublicKey carolCopyOfAlicePublic;

    private IntegrityParties(Protection protection, SecretKey aliceSharedKey, SecretKey bobSharedKey,
                             SecretKey attackerGuessedKey, KeyPair aliceKeys, KeyPair attackerKeys,
                             PublicKey bobCopyOfAlicePublic, PublicKey carolCopyOfAlicePublic) {
        this.protection = protection;
        this.aliceSharedKey = aliceSharedKey;
        this.bobSharedKey = bobSharedKey;
        this.attackerGuessedKey = attackerGuessedKey;
        this.aliceKeys = aliceKeys;
        this.attackerKeys = attackerKeys;
        this.bobCopyOfAlicePublic = bobCopyOfAlicePublic;
        this.carolCopyOfAlicePublic = carolCopyOfAlicePublic;
    }

    /** Creates and distributes the keys the protection needs, recording each step. */
    static IntegrityParties setUp(Simulation sim, Protection protection) {
        switch (protection) {
            case HMAC: {
                SecretKey shared = MessageIntegrity.newHmacKey();
                sim.event(EventKinds.KEY_CREATED, ALICE).to(BOB)
                        .caption("Alice and Bob agree on a secret 256-bit HMAC key face to face; the attacker never sees it")
                        .data("algorithm", "HmacSHA256").data("bits", 256)
                        .emit();
                SecretKey bobCopy = MessageIntegrity.hmacKey(shared.getEncoded());
                return new IntegrityParties(protection, shared, bobCopy, MessageIntegrity.newHmacKey(),
                        null, null, null, null);
            }
            case SIGNATURE: {
                KeyPair alice = EcKeys.generateP256();
                String pem = EcKeys.publicKeyPem(alice.getPublic());
                sim.event(EventKinds.KEY_CREATED, ALICE)
                        .caption("Alice creates an ECDSA P-256 key pair: she keeps the private key, the public key may go to anyone")
                        .data("algorithm", "EC P-256").data("fingerprint", EcKeys.fingerprint(alice.getPublic()))
                        .artifact(Artifact.text("Alice's public key (PEM)", pem))
                        .emit();
                for (String holder : new String[] {BOB, CAROL}) {
                    sim.event(HashMacSignatureScenario.KEY_SHARED, ALICE).to(holder)
                            .caption("Alice publishes her public key; " + (BOB.equals(holder) ? "Bob" : "Carol")
                                    + " keeps a copy")
                            .artifact(Artifact.text("Alice's public key (PEM)", pem))
                            .emit();
                }
                return new IntegrityParties(protection, null, null, null, alice, EcKeys.generateP256(),
                        EcKeys.parsePublicKeyPem(pem), EcKeys.parsePublicKeyPem(pem));
            }
            default:
                sim.event(HashMacSignatureScenario.PROTOCOL_AGREED, ALICE).to(BOB)
                        .caption("Alice and Bob agree that every order travels with its SHA-256 digest; no key is involved")
                        .emit();
                return new IntegrityParties(protection, null, null, null, null, null, null, null);
        }
    }

    byte[] aliceProtects(byte[] message) {
        switch (protection) {
            case HMAC:
                return MessageIntegrity.hmacSha256(aliceSharedKey, message);
            case SIGNATURE:
                return MessageIntegrity.sign(aliceKeys.getPrivate(), message);
            default:
                return MessageIntegrity.sha256(message);
        }
    }

    /** The best the attacker can do: she knows every algorithm, but holds neither the shared nor Alice's private key. */
    byte[] attackerForges(byte[] forged) {
        switch (protection) {
            case HMAC:
                return MessageIntegrity.hmacSha256(attackerGuessedKey, forged);
            case SIGNATURE:
                return MessageIntegrity.sign(attackerKeys.getPrivate(), forged);
            default:
                return MessageIntegrity.sha256(forged);
        }
    }

    String forgeryCaption() {
        switch (protection) {
            case HMAC:
                return "The attacker cannot compute the HMAC without the shared key, so she computes one with a key of her own";
            case SIGNATURE:
                return "The attacker cannot sign as Alice without her private key, so she signs with a key pair of her own";
            default:
                return "The attacker recomputes the SHA-256 of the edited order: SHA-256 needs no key, anyone can compute it";
        }
    }

    CheckResult bobVerifies(byte[] message, byte[] tag) {
        switch (protection) {
            case HMAC:
                return MessageIntegrity.verifyHmac(bobSharedKey, message, tag);
            case SIGNATURE:
                return MessageIntegrity.verifySignature(bobCopyOfAlicePublic, message, tag);
            default:
                return MessageIntegrity.verifyHash(message, tag);
        }
    }

    /** Only a signature can be checked by someone who holds no secret. */
    CheckResult carolVerifies(byte[] message, byte[] signature) {
        if (protection != Protection.SIGNATURE) {
            throw new IllegalStateException("a third party can only verify a signature, not a " + protection.tagName());
        }
        return MessageIntegrity.verifySignature(carolCopyOfAlicePublic, message, signature);
    }
}
