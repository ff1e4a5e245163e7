/**
 * Opening and saving traces: the person picks a file (through an injectable dialog service), the reading
 * and writing happen off the FX thread, and a bad file yields its one-line message in a notice.
 */
package dev.trustflow.app.files;
