package dev.trustflow.sim.oauth.refresh;

import java.time.Duration;

/**
 * How the store treats refresh tokens.
 *
 * @param rotate         issue a new refresh token on every use and retire the old one
 * @param detectReuse    when a retired token comes back, revoke the whole family (only meaningful with rotation)
 * @param familyLifetime absolute lifetime of a family from sign-in; rotation never extends it
 */
public record RotationPolicy(boolean rotate, boolean detectReuse, Duration familyLifetime) {
}
