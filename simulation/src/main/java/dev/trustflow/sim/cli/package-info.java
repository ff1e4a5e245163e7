/**
 * The command line ({@code trustflow-cli}), built with picocli: list, run, export, show, inspect-jwt and
 * check-lessons. Exit codes: 0 success, 1 a check that ran and failed, 2 a usage error. A user mistake gets
 * one line naming what is wrong and what is allowed, never a stack trace.
 */
package dev.trustflow.sim.cli;
