/**
 * Lesson 17, authorization models: one document request decided under RBAC and ABAC (jcasbin, which names the
 * rule that matched) and ReBAC ({@link dev.trustflow.sim.authz}, which returns the relationship path it walked),
 * with two classic failures: a role claim the user set himself, and a confused deputy.
 */
package dev.trustflow.sim.scenarios.authz;
