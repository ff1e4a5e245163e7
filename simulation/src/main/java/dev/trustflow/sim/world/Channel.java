package dev.trustflow.sim.world;

/** How a link carries messages; the app draws each differently. */
public enum Channel {
    /** Browser redirects and anything the user's device relays (OAuth front channel). */
    FRONT,
    /** Direct server-to-server calls (OAuth back channel, service calls). */
    BACK,
    /** A path an attacker observes or injects on; drawn as a dashed red line. */
    ATTACK,
    /** Out of band: a copy-paste, a leaked file, a phone call. */
    OUT_OF_BAND
}
