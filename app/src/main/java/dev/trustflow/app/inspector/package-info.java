/**
 * The right-hand inspector: what the current trace event is, its data and artifacts, a JWT decoded in colour,
 * and the report of the checks around it with an explanation of each. View-models never see a Node.
 */
package dev.trustflow.app.inspector;
