/**
 * What the browser lists: scenarios, lessons, topic headings and broken lesson files as {@link
 * dev.trustflow.app.entry.BrowserEntry entries}, each naming the scenario it runs and the options it presets,
 * and the student's {@link dev.trustflow.app.entry.EntryMark mark} on each. Plain values: the session, the
 * lesson shelf, the playlist and the browser's view all use them, and they use none of those.
 */
package dev.trustflow.app.entry;
