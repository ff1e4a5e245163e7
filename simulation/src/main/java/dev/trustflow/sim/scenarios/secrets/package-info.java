/**
 * Lesson 18, {@code secrets-management}: the orders service logs in to a vault with its workload certificate,
 * gets database credentials with a lease (or reads a password baked into its config), encrypts each order with
 * its own data key wrapped by the vault's KEK, and a leaked config file is tried against the database.
 */
package dev.trustflow.sim.scenarios.secrets;
