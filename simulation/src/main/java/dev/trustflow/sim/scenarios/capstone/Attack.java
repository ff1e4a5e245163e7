package dev.trustflow.sim.scenarios.capstone;

/** The attacks of the earlier lessons, one per mistake: each is stopped by the fix it names and by no other. */
enum Attack {
    FORGED_HEADER("forged-header", "Forged caller header", Fix.CALLER_IDENTITY),
    GATEWAY_BYPASS("gateway-bypass", "Gateway bypassed", Fix.SERVICE_AUTHN),
    IDOR("idor", "Someone else's order (IDOR)", Fix.OWNER_CHECK),
    WRONG_AUDIENCE("wrong-audience", "Token for another API", Fix.AUDIENCE),
    REPLAY("replay", "Replayed refund", Fix.REPLAY),
    LEAKED_SECRET("leaked-secret", "DB password from the code", Fix.VAULT),
    STOLEN_ACCOUNT("stolen-account", "Stolen service account", Fix.LEAST_PRIVILEGE);

    private final String id;
    private final String label;
    private final Fix fix;

    Attack(String id, String label, Fix fix) {
        this.id = id;
        this.label = label;
        this.fix = fix;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    /** The fix that stops this attack. */
    Fix fix() {
        return fix;
    }
}
