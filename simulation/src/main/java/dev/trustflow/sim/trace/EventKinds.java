package dev.trustflow.sim.trace;

import java.util.regex.Pattern;

/** The event kinds the app knows how to draw. Other dotted lower-case kinds are allowed and shown plainly. */
public final class EventKinds {
    public static final String HTTP_REQUEST = "http.request";
    public static final String HTTP_RESPONSE = "http.response";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String CHECK_PASS = "check.pass";
    public static final String CHECK_FAIL = "check.fail";
    public static final String TOKEN_ISSUED = "token.issued";
    public static final String TOKEN_REVOKED = "token.revoked";
    public static final String KEY_CREATED = "key.created";
    public static final String CERT_ISSUED = "cert.issued";
    public static final String TLS_MESSAGE = "tls.message";
    public static final String TLS_ALERT = "tls.alert";
    public static final String CLOCK_JUMP = "clock.jump";
    public static final String ATTACK_STEP = "attack.step";
    public static final String DATA_LEAKED = "data.leaked";
    public static final String NODE_COMPROMISED = "node.compromised";
    public static final String ALERT_RAISED = "alert.raised";
    public static final String NOTE = "note.shown";

    /** A kind is one or more dotted lower-case words: {@code http.request}, {@code check.fail}. */
    public static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private EventKinds() {
    }
}
