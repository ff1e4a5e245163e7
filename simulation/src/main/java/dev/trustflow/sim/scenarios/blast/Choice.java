package dev.trustflow.sim.scenarios.blast;

import java.util.List;

/** The values of the lesson's what-ifs, each a two-way choice whose first value is the safer one. */
final class Choice {

    static final String SEGMENTATION = "segmentation";
    static final String FLAT = "flat";
    static final String SEGMENTED = "segmented";

    static final String SERVICE_ACCOUNT = "service-account";
    static final String SCOPED = "scoped";
    static final String OVER_PRIVILEGED = "over-privileged";

    static final String SHARED_SECRET = "shared-secret";
    static final String NO = "no";
    static final String YES = "yes";

    static final String CREDENTIAL_LIFETIME = "credential-lifetime";
    static final String SHORT = "short";
    static final String LONG = "long";

    static final String APPLY_FIX = "apply-fix";
    static final String NONE = "none";
    static final String MIN_CUT = "min-cut";

    private Choice() {
    }

    static List<String> of(String first, String second) {
        return List.of(first, second);
    }
}
