package dev.trustflow.sim.tls;

import org.bouncycastle.tls.TlsFatalAlert;

/**
 * The reason behind an alert an endpoint raised. bctls reports a fatal alert raised while reading with its own
 * generic message ("Failed to read record") and the {@link TlsFatalAlert} that caused it: the cause's message is
 * the real reason (for a certificate decision, the PKIX reason), so it wins when there is one.
 */
final class AlertCause {

    private AlertCause() {
    }

    static String describe(String message, Throwable cause) {
        if (cause instanceof TlsFatalAlert alert && alert.getMessage() != null && !alert.getMessage().isBlank()) {
            return alert.getMessage();
        }
        if (cause != null && cause.getMessage() != null) {
            return (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? "" : message;
    }
}
