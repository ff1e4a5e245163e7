/**
 * Short, non-blocking messages for the user (a bad trace file, a saved file, an unexpected error): the
 * view-model holds the current one; the view shows it in a corner and lets it fade.
 */
package dev.trustflow.app.notice;
