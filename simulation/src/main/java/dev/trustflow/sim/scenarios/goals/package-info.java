/**
 * Lesson 1, security goals: Alice sends her bank a payment order past Mallory, and the run shows which of
 * confidentiality, integrity, authentication, authorization and non-repudiation each protection really gives,
 * decided by real JCA AES-CTR, AES-GCM and ECDSA underneath.
 */
package dev.trustflow.sim.scenarios.goals;
