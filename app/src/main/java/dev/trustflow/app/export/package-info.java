/**
 * File ▸ Export: the centre view as a PNG picture, the trace as a Mermaid sequence diagram and a run's TLS
 * connections as a pcapng capture, written off the FX thread to a temporary file and moved into place.
 */
package dev.trustflow.app.export;
