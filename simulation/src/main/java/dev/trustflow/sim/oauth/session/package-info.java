/**
 * Server-side state that makes revocation instant: a session store (an app's login sessions, or the identity
 * provider's single sign-on session) checked as {@code session.lookup}, and a JWT denylist checked as
 * {@code jwt.denylist}.
 */
package dev.trustflow.sim.oauth.session;
