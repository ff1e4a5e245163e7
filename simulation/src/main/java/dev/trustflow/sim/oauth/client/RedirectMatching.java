package dev.trustflow.sim.oauth.client;

import java.net.URI;

/** How the authorization server compares a request's {@code redirect_uri} with the registered ones. */
public enum RedirectMatching {
    /** Simple string comparison, as RFC 9700 (OAuth security BCP) requires. */
    EXACT,
    /**
     * The lax rule some servers used: the exact URI, or the same scheme and a host that merely starts with the
     * registered host (a custom-scheme URI has no host, so only its exact form passes).
     */
    PREFIX;

    public boolean matches(String registered, String requested) {
        if (this == EXACT || registered.equals(requested)) {
            return registered.equals(requested);
        }
        try {
            URI reg = URI.create(registered);
            URI req = URI.create(requested);
            return reg.getScheme() != null && reg.getScheme().equals(req.getScheme()) && req.getHost() != null
                    && reg.getHost() != null && req.getHost().startsWith(reg.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
