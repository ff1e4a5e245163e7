package dev.trustflow.sim.scenarios.zerotrust;

import com.nimbusds.jose.jwk.JWKSet;
import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.jwt.JwtPolicy;
import dev.trustflow.sim.crypto.jwt.JwtVerifier;
import dev.trustflow.sim.crypto.jwt.VerificationReport;
import java.time.Instant;

/**
 * What a service checks on every request in zero trust, besides the connection's mutual TLS: the east-west
 * policy's decision for the calling workload's verified SPIFFE ID ({@link EastWestPolicy}) and, where services
 * verify users themselves, the user's token under the gateway's internal policy. The scenario's guards call these;
 * they are public so the benchmarks measure the scenario's own per-request work.
 */
public final class SidecarChecks {

    private final JwtVerifier verifier = new JwtVerifier(policy());
    private final JWKSet trustedKeys;

    /** Checks tokens against the gateway's published keys {@code trustedKeys}. */
    public SidecarChecks(JWKSet trustedKeys) {
        this.trustedKeys = trustedKeys;
    }

    /** The gateway's internal tokens: ES256, its issuer, the internal audience, sub and exp required, at+jwt. */
    public static JwtPolicy policy() {
        return CompanyServices.policy();
    }

    /** The sidecar of {@code service} decides {@code method path} for the caller it verified as {@code callerId}. */
    public static CheckResult authorize(String service, String callerId, String method, String path) {
        return EastWestPolicy.decide(service, callerId, method, path);
    }

    /** Every check of the user's token, at {@code now}. */
    public VerificationReport verifyUser(String token, Instant now) {
        return verifier.verify(token, trustedKeys, now);
    }
}
