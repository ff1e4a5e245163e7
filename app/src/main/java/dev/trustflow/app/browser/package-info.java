/**
 * The list on the left: the session's {@link dev.trustflow.app.entry.BrowserEntry entries} (scenarios and
 * lessons) with their marks, the seed and re-run. The view only draws the session's state and calls its commands.
 */
package dev.trustflow.app.browser;
