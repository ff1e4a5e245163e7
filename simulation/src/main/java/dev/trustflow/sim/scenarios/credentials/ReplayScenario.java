package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.credentials.RequestSigner;
import dev.trustflow.sim.credentials.SignedRequest;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Protection;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A signed payment request is captured and sent again. The signature stops an edited copy, never an exact one;
 * only freshness defences (a nonce store, a timestamp window, an idempotency key) stop the copy, each with its
 * own check.
 */
public final class ReplayScenario implements Scenario {

    static final String ALICE_APP = "alice-app";
    static final String NONCE_STORE = "nonce-store";
    static final String TIMESTAMP_WINDOW = "timestamp-window";
    static final String IDEMPOTENCY_KEY = "idempotency-key";
    static final Duration LATE_REPLAY = Duration.ofMinutes(10);
    private static final String BODY = "{\"from\":\"alice\",\"to\":\"bob\",\"amount\":\"50.00\",\"currency\":\"EUR\"}";
    private static final String EDITED = "{\"from\":\"alice\",\"to\":\"mallory\",\"amount\":\"5000.00\",\"currency\":\"EUR\"}";

    @Override
    public String id() {
        return "replay";
    }

    @Override
    public String title() {
        return "Replay: a signed request sent twice";
    }

    @Override
    public String description() {
        return "Alice's banking app signs a payment request; an attacker captures it. Editing the copy breaks "
                + "the signature, but sending the exact copy again pays Bob twice unless the bank checks freshness: "
                + "a nonce store, a timestamp window or an idempotency key.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.bool(NONCE_STORE, false, "Nonce store",
                        "The bank remembers each request's random nonce and refuses one it has already seen."),
                OptionSpec.duration(TIMESTAMP_WINDOW, Duration.ZERO, "Timestamp window",
                        "The bank refuses requests signed longer ago than this (0 turns the check off)."),
                OptionSpec.bool(IDEMPOTENCY_KEY, false, "Idempotency key",
                        "Each payment carries an id; the bank runs an id once and answers copies with the first result."));
    }

    @Override
    public void play(Simulation sim, Options options) {
        declareWorld(sim);
        SecureRandom random = sim.randomness().secure();
        KeyPair deviceKey = RequestSigner.newKeyPair(random);
        PaymentsApi bank = new PaymentsApi(deviceKey.getPublic(), options.duration(TIMESTAMP_WINDOW),
                options.flag(NONCE_STORE), options.flag(IDEMPOTENCY_KEY));
        bank.install(sim);

        sim.event(EventKinds.KEY_CREATED, ALICE_APP).to(PaymentsApi.ID)
                .caption("Alice's app makes a key pair and registers its public key with the bank.")
                .data("algorithm", "ECDSA P-256")
                .artifact(Artifact.text("Alice's device public key (PEM)", RequestSigner.publicKeyPem(deviceKey.getPublic())))
                .gives(ALICE_APP, new Credential("device-key", Credential.Kind.KEY, "Alice's device signing key",
                        Set.of(PaymentsApi.ID), null))
                .emit();

        sim.tick(Duration.ofSeconds(1));
        String idempotencyKey = options.flag(IDEMPOTENCY_KEY) ? "pay-" + hex(random, 8) : "";
        SignedRequest original = RequestSigner.sign(deviceKey.getPrivate(), "POST", "/payments", sim.now(),
                hex(random, 16), idempotencyKey, BODY);
        Exchange paid = sim.send(PaymentsApi.send(ALICE_APP, original,
                "Alice's app sends a signed request: pay Bob 50.00 EUR."));

        sim.tick(Duration.ofSeconds(2));
        int captured = sim.event(EventKinds.ATTACK_STEP, Attacker.ID).to(ALICE_APP).cause(paid.requestSeq())
                .caption("The attacker captures an exact copy of the request, for example from a proxy's log.")
                .data(DataKeys.STEP, "capture")
                .artifact(Artifact.text("captured request", original.asHttp())).emit();

        sim.tick(Duration.ofSeconds(3));
        Exchange edit = sim.send(PaymentsApi.send(Attacker.ID, original.withBody(EDITED),
                "The attacker changes the payee and the amount but keeps Alice's signature.").causedBy(captured));
        Attacker.outcome(sim, "edit", PaymentsApi.ID, edit,
                "The edited request was accepted: money moved to the attacker.", "Changing the request failed");

        sim.tick(Duration.ofSeconds(25));
        replay(sim, "replay", "Half a minute later the attacker sends the exact copy.", original, captured,
                "The quick copy failed");

        sim.jump(LATE_REPLAY, Attacker.ID, "Ten minutes later the attacker tries the copy once more.");
        replay(sim, "late-replay", "The attacker sends the same copy again.", original, captured,
                "The late copy failed");

        sim.summary().put("payments", bank.payments());
        sim.summary().put("paymentsAliceMeant", 1);
    }

    private static void declareWorld(Simulation sim) {
        sim.world().actor(ALICE_APP, "Alice's banking app", ActorKind.CLIENT_APP, "internet");
        sim.world().actor(Attacker.ID, "Attacker", ActorKind.ATTACKER, "internet");
        sim.world().actor(PaymentsApi.ID, "Payments API", ActorKind.SERVICE, "bank");
        sim.world().actor(PaymentsApi.LEDGER, "Ledger", ActorKind.DATABASE, "bank");
        sim.world().link(ALICE_APP, PaymentsApi.ID, Channel.BACK, Protection.TLS);
        sim.world().link(PaymentsApi.ID, PaymentsApi.LEDGER, Channel.BACK);
        sim.world().link(Attacker.ID, ALICE_APP, Channel.ATTACK);
        sim.world().link(Attacker.ID, PaymentsApi.ID, Channel.ATTACK, Protection.TLS);
    }

    /** The attacker sends the exact copy it captured and concludes from the answer. */
    private static void replay(Simulation sim, String step, String caption, SignedRequest copy, int captured,
                               String blockedCaption) {
        Exchange sent = sim.send(PaymentsApi.send(Attacker.ID, copy, caption).causedBy(captured));
        int payment = sent.carried(PaymentsApi.PAYMENT, Integer.class).orElse(0);
        Attacker.outcome(sim, step, PaymentsApi.ID, sent,
                "The copy worked: Alice has now paid Bob " + times(payment) + ".", blockedCaption);
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n + " times";
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
