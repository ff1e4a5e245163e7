/**
 * Outcomes of real checks. A {@link dev.trustflow.sim.check.CheckResult} names a check by a stable id
 * ({@code jwt.signature}, {@code authz.object-owner}, ...), says whether it passed, and why in plain words.
 * {@link dev.trustflow.sim.check.CheckExplanations} holds, as data, what each check defends against.
 */
package dev.trustflow.sim.check;
