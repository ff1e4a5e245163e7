package dev.trustflow.sim.oauth.refresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** All refresh tokens descended from one sign-in. Mutable, owned by {@link RefreshTokenStore}. */
public final class RefreshFamily {

    /** A member's state. */
    public enum Status { CURRENT, ROTATED, REVOKED }

    /** One refresh token of the family, known only by its hash. */
    public record Member(int generation, String hash, Instant issuedAt) {
    }

    private final String id;
    private final String subject;
    private final String clientId;
    private final String scope;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final List<Member> members = new ArrayList<>();
    private String revokedReason;
    private Instant revokedAt;

    RefreshFamily(String id, String subject, String clientId, String scope, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.subject = subject;
        this.clientId = clientId;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Member add(String hash, Instant now) {
        Member m = new Member(members.size() + 1, hash, now);
        members.add(m);
        return m;
    }

    void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            revokedReason = reason;
            revokedAt = now;
        }
    }

    public Status status(Member m) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return m.equals(current()) ? Status.CURRENT : Status.ROTATED;
    }

    public Member current() {
        return members.get(members.size() - 1);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public String id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String clientId() {
        return clientId;
    }

    public String scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }
}
