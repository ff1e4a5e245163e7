/**
 * Gateway scenarios: authentication at the edge (a real JWT verification per request) versus authorization
 * of each object behind it, and what a missing object-level check (BOLA) leaks.
 */
package dev.trustflow.sim.scenarios.gateway;
