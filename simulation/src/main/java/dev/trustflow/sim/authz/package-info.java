/**
 * Relationship-based authorization (ReBAC) in the style of Google's Zanzibar: relation tuples
 * ({@code document:q3-plan#viewer@folder:finance#viewer}), userset rewrites (an editor is also a viewer) and a
 * check that walks them and returns the path it walked. A library: it never sees the engine or the scenarios.
 */
package dev.trustflow.sim.authz;
