package dev.trustflow.sim.oauth.refresh;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.crypto.secret.OpaqueSecrets;
import dev.trustflow.sim.present.Durations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The authorization server's refresh tokens: families of hashed tokens, rotation and reuse detection. */
public final class RefreshTokenStore {

    public static final String LOOKUP = "refresh.lookup";
    public static final String CLIENT = "refresh.client";
    public static final String REVOKED = "refresh.revoked";
    public static final String EXPIRED = "refresh.expired";
    public static final String REUSE = "refresh.reuse";

    /** A newly issued token: the raw value goes to the client, the store keeps its hash. */
    public record Issued(String refreshToken, RefreshFamily family) {
    }

    private final OpaqueSecrets secrets;
    private final RotationPolicy policy;
    private final Map<String, RefreshFamily> families = new LinkedHashMap<>();
    private final Map<String, RefreshFamily> familyByHash = new HashMap<>();

    public RefreshTokenStore(OpaqueSecrets secrets, RotationPolicy policy) {
        this.secrets = secrets;
        this.policy = policy;
    }

    public RotationPolicy policy() {
        return policy;
    }

    /** Starts a family for a new sign-in and returns its first token. */
    public Issued issue(String subject, String clientId, String scope, Instant now) {
        String id = "family-" + (families.size() + 1);
        RefreshFamily family = new RefreshFamily(id, subject, clientId, scope, now, now.plus(policy.familyLifetime()));
        families.put(id, family);
        return new Issued(addMember(family, now), family);
    }

    private String addMember(RefreshFamily family, Instant now) {
        String raw = secrets.next("rt_", 32);
        String hash = OpaqueSecrets.hash(raw);
        family.add(hash, now);
        familyByHash.put(hash, family);
        return raw;
    }

    /** Redeems a presented refresh token for {@code clientId} at {@code now}, rotating it when the policy says so. */
    public Redemption redeem(String presented, String clientId, Instant now) {
        List<CheckResult> checks = new ArrayList<>();
        String hash = presented == null ? null : OpaqueSecrets.hash(presented);
        RefreshFamily family = hash == null ? null : familyByHash.get(hash);
        if (family == null) {
            checks.add(CheckResult.fail(LOOKUP, "no stored hash matches this refresh token"));
            return new Redemption(checks, null, null, false);
        }
        checks.add(CheckResult.pass(LOOKUP, "its SHA-256 matches a stored token of " + family.id()));
        if (!family.clientId().equals(clientId)) {
            checks.add(CheckResult.fail(CLIENT, "the token was issued to " + family.clientId() + ", not " + clientId));
            return new Redemption(checks, family, null, false);
        }
        checks.add(CheckResult.pass(CLIENT, "the token was issued to " + clientId));
        if (family.revoked()) {
            checks.add(CheckResult.fail(REVOKED, family.id() + " was revoked: " + family.revokedReason()));
            return new Redemption(checks, family, null, false);
        }
        checks.add(CheckResult.pass(REVOKED, family.id() + " is not revoked"));
        if (!now.isBefore(family.expiresAt())) {
            checks.add(CheckResult.fail(EXPIRED, family.id() + " expired at " + family.expiresAt()
                    + " (" + Durations.spoken(policy.familyLifetime()) + " after sign-in)"));
            return new Redemption(checks, family, null, false);
        }
        checks.add(CheckResult.pass(EXPIRED, family.id() + " is valid until " + family.expiresAt()));
        RefreshFamily.Member member = memberOf(family, hash);
        if (family.status(member) == RefreshFamily.Status.ROTATED) {
            return reused(checks, family, member, now);
        }
        if (!policy.rotate()) {
            checks.add(CheckResult.pass(REUSE, "rotation is off: the same refresh token stays valid on every use"));
            return new Redemption(checks, family, presented, false);
        }
        checks.add(CheckResult.pass(REUSE, "generation " + member.generation() + " is the current token of "
                + family.id() + "; it is now retired and a new one issued"));
        return new Redemption(checks, family, addMember(family, now), false);
    }

    private Redemption reused(List<CheckResult> checks, RefreshFamily family, RefreshFamily.Member member,
                              Instant now) {
        String used = "generation " + member.generation() + " of " + family.id() + " was already rotated";
        if (policy.detectReuse()) {
            family.revoke("reuse of rotated generation " + member.generation() + " at " + now, now);
            checks.add(CheckResult.fail(REUSE, used + ": two parties hold this family, so every token in it is"
                    + " revoked"));
            return new Redemption(checks, family, null, true);
        }
        checks.add(CheckResult.fail(REUSE, used + "; reuse detection is off, so only this request is refused and"
                + " the family stays alive"));
        return new Redemption(checks, family, null, false);
    }

    private static RefreshFamily.Member memberOf(RefreshFamily family, String hash) {
        return family.members().stream().filter(m -> m.hash().equals(hash)).findFirst()
                .orElseThrow(() -> new IllegalStateException("hash indexed but not in its family"));
    }

    /** Revokes a family by hand (logout, password change). */
    public void revokeFamily(RefreshFamily family, String reason, Instant now) {
        family.revoke(reason, now);
    }

    public List<RefreshFamily> families() {
        return List.copyOf(families.values());
    }

    /** The store as the inspector shows it: each family, each member by hash, which one is current. */
    public String describe() {
        StringBuilder s = new StringBuilder("refresh token store (only SHA-256 hashes are kept):\n");
        for (RefreshFamily f : families.values()) {
            s.append(f.id()).append(": ").append(f.subject()).append(" via ").append(f.clientId())
                    .append(", scope '").append(f.scope()).append("', expires ").append(f.expiresAt());
            if (f.revoked()) {
                s.append(", REVOKED (").append(f.revokedReason()).append(')');
            }
            s.append('\n');
            for (RefreshFamily.Member m : f.members()) {
                s.append("  #").append(m.generation()).append(" sha256=").append(OpaqueSecrets.shortHash(m.hash()))
                        .append(" issued ").append(m.issuedAt()).append(' ')
                        .append(f.status(m).name().toLowerCase()).append('\n');
            }
        }
        return s.toString();
    }
}
