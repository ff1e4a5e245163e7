/**
 * File ▸ Export: the centre view as a PNG picture and the trace as a Mermaid sequence diagram, written off the
 * FX thread to a temporary file and moved into place.
 */
package dev.trustflow.app.export;
