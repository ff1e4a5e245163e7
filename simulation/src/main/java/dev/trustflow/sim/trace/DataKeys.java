package dev.trustflow.sim.trace;

/**
 * The data keys that more than one scenario, the app or the exports read, named once. A scenario may add
 * keys of its own; these mean the same thing in every trace.
 */
public final class DataKeys {
    /** HTTP status of an {@code http.response} (a number). */
    public static final String STATUS = "status";
    /** Check id of a {@code check.pass}/{@code check.fail}, and of the check a refusing response cites. */
    public static final String CHECK = "check";
    /** Whether a check passed (boolean). */
    public static final String PASSED = "passed";
    /** Why a check passed or failed, in the library's words. */
    public static final String REASON = "reason";
    /** HTTP method of an {@code http.request}. */
    public static final String METHOD = "method";
    /** HTTP path of an {@code http.request}. */
    public static final String PATH = "path";
    /** The link's channel a message travelled on: front, back, attack, out_of_band, none. */
    public static final String CHANNEL = "channel";
    /** The link's protection a message travelled with: plain, tls, mtls. */
    public static final String PROTECTION = "protection";
    /** Which hop of its flow a request or response is (1 for the first). */
    public static final String HOP = "hop";
    /** The world rule (segmentation, allow-list) that decided a hop. */
    public static final String RULE = "rule";
    /** The enforcement point that ran a check: the actor, or the rule's boundary. */
    public static final String ENFORCED_BY = "enforcedBy";
    /** Wallet changes made by an event: a list of {op, holder, id, kind, label, notAfter}. */
    public static final String WALLET = "wallet";
    /** Where a clock jump started (ISO instant). */
    public static final String FROM = "from";
    /** How far a clock jump went (ISO duration). */
    public static final String BY = "by";
    /** What leaked, on a {@code data.leaked}. */
    public static final String WHAT = "what";
    /** The attack step's short name, on an {@code attack.step}. */
    public static final String STEP = "step";
    /**
     * On a {@code tls.message}: the message as it crossed the wire, as JSON ({@code sim.tls.HandshakeSlice}): its
     * bytes, the records that carried it and the key schedule as it stood once the message was handled.
     */
    public static final String HANDSHAKE = "handshake";

    private DataKeys() {
    }
}
