package dev.trustflow.sim.scenarios.goals;

import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.ALICE;
import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.AUDITOR;
import static dev.trustflow.sim.scenarios.goals.SecurityGoalsScenario.BANK;

import com.nimbusds.jose.JOSEException;
import dev.trustflow.sim.crypto.EcKeys;
import dev.trustflow.sim.crypto.MessageEncryption;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys each party of {@link SecurityGoalsScenario} really holds, each its own copy: the AES-256 key Alice
 * and the bank share (from the run's {@code secure()} stream), Alice's ECDSA P-256 key pair (from the run's key
 * ring) and the copies of her public key the bank and the auditor keep. Setting up records how each key was
 * made and handed over, and who now holds what.
 *
 * @param setUpSeq       the last event of the set-up
 * @param alicesAesKey   Alice's copy of the shared AES key (when the protection encrypts)
 * @param banksAesKey    the bank's copy of the same key
 * @param alicesSigning  Alice's key pair (when she signs)
 * @param banksPublic    the bank's copy of Alice's public key
 * @param auditorsPublic the auditor's copy of Alice's public key
 */
record Parties(int setUpSeq, Optional<SecretKey> alicesAesKey, Optional<SecretKey> banksAesKey,
               Optional<KeyPair> alicesSigning, Optional<PublicKey> banksPublic, Optional<PublicKey> auditorsPublic) {

    static final String PROTOCOL_AGREED = "protocol.agreed";
    static final String KEY_SHARED = "key.shared";

    static Parties setUp(Simulation sim, Protection protection) {
        if (!protection.encrypts()) {
            int agreed = sim.event(PROTOCOL_AGREED, ALICE).to(BANK)
                    .caption("Alice and her bank agree to send orders as plain text: no key, nothing to check")
                    .emit();
            return new Parties(agreed, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        byte[] raw = MessageEncryption.newAesKey(sim.randomness().secure()).getEncoded();
        Credential shared = new Credential("alice-bank-aes", Credential.Kind.KEY, "AES-256 key Alice and her bank share",
                Set.of(BANK), null);
        int agreed = sim.event(EventKinds.KEY_CREATED, ALICE).to(BANK)
                .caption("At the branch, Alice and her bank agree on a secret AES-256 key; Mallory never sees it")
                .data("algorithm", "AES").data("bits", 256)
                .gives(ALICE, shared).gives(BANK, shared)
                .emit();
        Optional<SecretKey> alices = Optional.of(new SecretKeySpec(raw, "AES"));
        Optional<SecretKey> banks = Optional.of(new SecretKeySpec(raw, "AES"));
        if (!protection.signs()) {
            return new Parties(agreed, alices, banks, Optional.empty(), Optional.empty(), Optional.empty());
        }
        KeyPair signing = keyPair(sim);
        String pem = EcKeys.publicKeyPem(signing.getPublic());
        int created = sim.event(EventKinds.KEY_CREATED, ALICE).cause(agreed)
                .caption("Alice creates an ECDSA P-256 key pair: the private key never leaves her, the public key may go to anyone")
                .data("algorithm", "EC P-256").data("fingerprint", EcKeys.fingerprint(signing.getPublic()))
                .artifact(Artifact.text("Alice's public key (PEM)", pem))
                .gives(ALICE, new Credential("alice-signing", Credential.Kind.KEY, "Alice's private signing key",
                        Set.of(BANK, AUDITOR), null))
                .emit();
        int last = created;
        for (String holder : new String[] {BANK, AUDITOR}) {
            last = sim.event(KEY_SHARED, ALICE).to(holder).cause(created)
                    .caption("Alice publishes her public key; the " + holder + " keeps a copy")
                    .artifact(Artifact.text("Alice's public key (PEM)", pem))
                    .emit();
        }
        return new Parties(last, alices, banks, Optional.of(signing), Optional.of(EcKeys.parsePublicKeyPem(pem)),
                Optional.of(EcKeys.parsePublicKeyPem(pem)));
    }

    private static KeyPair keyPair(Simulation sim) {
        try {
            return sim.keys().es256("alice-signing").toKeyPair();
        } catch (JOSEException e) {
            throw new IllegalStateException("an EC key from the run's key ring has both halves: " + e.getMessage(), e);
        }
    }
}
