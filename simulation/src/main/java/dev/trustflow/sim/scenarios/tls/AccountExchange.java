package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.tls.Side;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import java.nio.charset.StandardCharsets;

/**
 * The browser's {@code GET /account} over the established TLS connection(s) and the bank's answer. Every byte goes
 * through real TLS: one endpoint encrypts, the other decrypts. With a man-in-the-middle, the browser's connection
 * ends at Mallory's endpoint: what she reads (and leaks) is what it decrypted; she re-encrypts it on her own
 * connection to the bank, and the answer back the same way.
 */
final class AccountExchange {

    static final String PATH = "/account";
    static final String SESSION = "session=7f3c9a21";
    static final String ACCOUNT = "{\"holder\": \"Alice\", \"iban\": \"DE44 5001 0517 5407 3249 31\","
            + " \"balance\": \"12,480.00 EUR\"}";

    private final Simulation sim;
    private final String bank;
    private final TlsLeg browserLeg;
    private final TlsLeg bankLeg;
    private byte[] readByBank;
    private String browserRead = "";
    private TlsLeg.Delivered lastAnswer;

    /**
     * @param browserLeg the browser's connection (to the bank, or to Mallory)
     * @param bankLeg    the connection the bank's server answers on: the same one, or Mallory's to the bank
     */
    AccountExchange(Simulation sim, String bank, TlsLeg browserLeg, TlsLeg bankLeg) {
        this.sim = sim;
        this.bank = bank;
        this.browserLeg = browserLeg;
        this.bankLeg = bankLeg;
    }

    /** Sends the request and returns what the browser's endpoint decrypted from the answer. */
    String run(int cause) {
        sim.serve(bank, this::answer);
        boolean intercepted = browserLeg != bankLeg;
        if (intercepted) {
            sim.serve(browserLeg.server(), this::relay);
        }
        String request = "GET " + PATH + " HTTP/1.1\r\nHost: " + TlsAndCertificatesScenario.HOST + "\r\nCookie: "
                + SESSION + "\r\n\r\n";
        TlsLeg.Delivered sent = browserLeg.send(Side.CLIENT, bytes(request));
        readByBank = sent.read();
        Exchange exchange = sim.send(Request.get(browserLeg.client(), browserLeg.server(), PATH).causedBy(cause)
                .caption("The browser sends GET " + PATH + " with its session cookie, encrypted with the client"
                        + " application traffic key")
                .artifact(sent.wire("encrypted record(s) on the wire")));
        if (!intercepted && exchange.ok()) {
            browserRead = text(lastAnswer.read());
        }
        return browserRead;
    }

    /** Mallory's endpoint decrypted the request: she keeps a copy, re-encrypts it to the bank, and the answer back. */
    private Reply relay(Arrival at) {
        byte[] read = readByBank;
        int leak = at.event(EventKinds.DATA_LEAKED)
                .caption("Mallory's TLS endpoint decrypts the browser's request: she reads the session cookie")
                .data(DataKeys.WHAT, "session cookie")
                .artifact(Artifact.text("what Mallory read", text(read)))
                .emit();
        TlsLeg.Delivered forwarded = bankLeg.send(Side.CLIENT, read);
        readByBank = forwarded.read();
        Exchange upstream = sim.send(Request.get(bankLeg.client(), bankLeg.server(), PATH).causedBy(leak)
                .caption("Mallory forwards the request to the bank over her own TLS connection")
                .artifact(forwarded.wire("re-encrypted record(s) on the wire")));
        if (!upstream.ok()) {
            return Reply.of(upstream.status().orElse(502), "Mallory passes the bank's refusal on");
        }
        byte[] answer = lastAnswer.read();
        sim.event(EventKinds.DATA_LEAKED, at.at()).cause(upstream.responseSeq())
                .caption("Mallory's endpoint decrypts the bank's answer too: Alice's IBAN and balance")
                .data(DataKeys.WHAT, "account details")
                .artifact(Artifact.text("what Mallory read", text(answer)))
                .emit();
        TlsLeg.Delivered back = browserLeg.send(Side.SERVER, answer);
        browserRead = text(back.read());
        return Reply.of(upstream.status().orElseThrow(), "Mallory re-encrypts the answer for the browser, which"
                        + " shows the page with the padlock")
                .artifact(back.wire("re-encrypted record(s) on the wire"));
    }

    private Reply answer(Arrival at) {
        String request = text(readByBank);
        if (!request.startsWith("GET " + PATH + " ")) {
            return Reply.of(404, "The bank's server finds no such page");
        }
        String response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + ACCOUNT;
        lastAnswer = bankLeg.send(Side.SERVER, bytes(response));
        return Reply.of(200, "200 OK: the bank answers with Alice's account, encrypted with the server application"
                        + " traffic key")
                .artifact(lastAnswer.wire("encrypted record(s) on the wire"))
                .artifact(Artifact.text("account (as the bank sent it)", ACCOUNT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
