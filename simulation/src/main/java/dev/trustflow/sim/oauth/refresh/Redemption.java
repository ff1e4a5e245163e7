package dev.trustflow.sim.oauth.refresh;

import dev.trustflow.sim.check.CheckResult;
import java.util.List;

/**
 * What presenting a refresh token did.
 *
 * @param checks         every check that ran, in order
 * @param family         the token's family, or null when the token was unknown
 * @param refreshToken   the refresh token the client must use next (a new one after rotation, the same one
 *                       without rotation), or null when refused
 * @param familyRevoked  whether this request revoked the family (reuse detected)
 */
public record Redemption(List<CheckResult> checks, RefreshFamily family, String refreshToken, boolean familyRevoked) {

    public Redemption {
        checks = List.copyOf(checks);
    }

    public boolean accepted() {
        return refreshToken != null;
    }
}
