package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.trace.ArtifactTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lesson's closing table: for each security goal, the mechanism of this run that could give it and what the
 * run really showed, each cell read from {@link RunFacts}. A cell starts with its verdict ({@code kept},
 * {@code broken}, {@code not given}, {@code not reached}, {@code not attacked}, {@code allowed}, {@code refused})
 * and then says which event showed it.
 *
 * @param rows goal → (mechanism, what this run showed), in the order of the lesson
 */
record GoalsTable(Map<String, Row> rows) {

    static final String CONFIDENTIALITY = "confidentiality";
    static final String INTEGRITY = "integrity";
    static final String AUTHENTICATION = "authentication";
    static final String AUTHORIZATION = "authorization";
    static final String NON_REPUDIATION = "non-repudiation";
    static final List<String> GOALS = List.of(CONFIDENTIALITY, INTEGRITY, AUTHENTICATION, AUTHORIZATION,
            NON_REPUDIATION);

    /** One goal's row: what gives it in this run, and what the run showed. */
    record Row(String mechanism, String shown) {
    }

    static GoalsTable of(RunFacts facts) {
        Map<String, Row> rows = new LinkedHashMap<>();
        rows.put(CONFIDENTIALITY, new Row(cipher(facts.protection()), confidentiality(facts)));
        rows.put(INTEGRITY, new Row(integrityMechanism(facts.protection()), integrity(facts)));
        rows.put(AUTHENTICATION, new Row(authenticationMechanism(facts.protection()), authentication(facts)));
        rows.put(AUTHORIZATION, new Row("the bank's account rule", authorization(facts)));
        rows.put(NON_REPUDIATION, new Row(facts.protection().signs() ? "Alice's signature" : "none",
                nonRepudiation(facts)));
        return new GoalsTable(rows);
    }

    /** The table as the run's artifact: goal, the mechanism that could give it, what this run showed. */
    ArtifactTable artifact() {
        ArtifactTable.Builder table = ArtifactTable.of("goal", "mechanism", "what this run showed");
        rows.forEach((goal, row) -> table.row(goal, row.mechanism(), row.shown()));
        return table.build();
    }

    private static String cipher(Protection p) {
        return switch (p) {
            case NONE -> "none";
            case AES_CTR -> "AES-CTR";
            default -> "AES-GCM";
        };
    }

    private static String integrityMechanism(Protection p) {
        return switch (p) {
            case AES_GCM -> "AES-GCM tag";
            case SIGNED -> "AES-GCM tag + signature";
            default -> "none";
        };
    }

    private static String authenticationMechanism(Protection p) {
        return switch (p) {
            case AES_GCM -> "shared key (tag)";
            case SIGNED -> "Alice's signature";
            default -> "none";
        };
    }

    private static String confidentiality(RunFacts f) {
        return f.mallorySaw().map(o -> "broken: Mallory read \"" + o.text() + "\"")
                .orElse("kept: Mallory saw only " + cipher(f.protection()) + " ciphertext");
    }

    private static String integrity(RunFacts f) {
        if (f.tag().filter(t -> !t.passed()).isPresent()) {
            return "kept: aead.tag refused the " + (f.flipped() ? "flipped" : "changed") + " message";
        }
        if (f.opened().filter(o -> !o.equals(f.sent())).isPresent()) {
            return "broken: the bank read \"" + f.opened().get().text() + "\"" + (f.paid() ? " and paid" : "");
        }
        if (f.tag().isPresent()) {
            return "not attacked: aead.tag passed on the untouched message";
        }
        return "not attacked: Mallory changed nothing, and nothing would have noticed";
    }

    private static String authentication(RunFacts f) {
        if (f.tag().filter(t -> !t.passed()).isPresent()) {
            return "refused: aead.tag failed, so no sender is proven";
        }
        if (f.bankSignature().isPresent()) {
            return f.bankSignature().get().passed() ? "kept: sig.verify showed Alice signed it"
                    : "refused: sig.verify failed";
        }
        if (f.tag().isPresent()) {
            return "partly: aead.tag shows a key holder (Alice or the bank) sealed it";
        }
        return "not given: the bank took the order's word that Alice sent it";
    }

    private static String authorization(RunFacts f) {
        return f.authorization().map(a -> (a.passed() ? "allowed" : "refused") + ": authz.object-owner, "
                        + f.opened().map(PaymentOrder::account).orElse("") + " is "
                        + (a.passed() ? "Alice's" : "not Alice's"))
                .orElse("not reached: the order was refused before the bank asked");
    }

    private static String nonRepudiation(RunFacts f) {
        if (f.auditor().isPresent()) {
            CheckResult check = f.auditor().get();
            return check.passed() ? "kept: the auditor verified Alice's signature with her public key alone"
                    : "broken: the auditor's sig.verify failed";
        }
        if (!f.paid()) {
            return "not reached: no order was accepted, so there is nothing to dispute";
        }
        return f.protection().encrypts() ? "not given: the bank holds the same key and could have made the message"
                : "not given: nothing ties the order to Alice";
    }
}
