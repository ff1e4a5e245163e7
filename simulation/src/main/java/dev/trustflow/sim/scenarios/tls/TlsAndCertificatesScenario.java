package dev.trustflow.sim.scenarios.tls;

import dev.trustflow.sim.crypto.pki.CertificateMinter;
import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenario.OptionSpec;
import dev.trustflow.sim.scenario.Options;
import dev.trustflow.sim.scenario.Scenario;
import dev.trustflow.sim.tls.HandshakeRecording;
import dev.trustflow.sim.tls.TlsAlert;
import dev.trustflow.sim.tls.TlsClientSetup;
import dev.trustflow.sim.tls.TlsServerSetup;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 13: a browser opens https://bank.example. The TLS 1.3 handshake is really run (bctls, in memory) with
 * certificates really issued for this run, and the browser's certificate decision is PKIX at the run's virtual
 * time. The what-ifs change the server's certificate (self-signed, expired, for another host) and put a
 * man-in-the-middle on the path, with her own CA (refused) or after the victim was tricked into trusting her root
 * (she reads everything). Every outcome is the handshake's own.
 */
public final class TlsAndCertificatesScenario implements Scenario {

    public static final String ID = "tls-and-certificates";
    public static final String OPTION_SERVER_CERT = "server-cert";
    public static final String OPTION_ATTACKER = "attacker";
    public static final String BROWSER = "browser";
    public static final String BANK = "bank-server";
    public static final String WEB_CA = "web-ca";
    public static final String MALLORY = "mallory";
    public static final String HOST = "bank.example";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "TLS and certificates: who is on the other end?";
    }

    @Override
    public String description() {
        return "A browser opens https://bank.example. A real TLS 1.3 handshake runs; the browser accepts the server"
                + " only if its certificate chains to a trusted root, is valid now and names bank.example. Try a"
                + " self-signed, expired or wrong-host certificate, and a man-in-the-middle with her own CA.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice(OPTION_SERVER_CERT, ServerCertificate.VALID.id(), ServerCertificate.ids(),
                        "Server certificate", "issued by the web CA for bank.example, signed by the server itself,"
                                + " expired before the visit, or issued for www.bank.example"),
                OptionSpec.choice(OPTION_ATTACKER, Interception.NONE.id(), Interception.ids(), "Attacker",
                        "none, a man-in-the-middle with her own CA, or the same after the victim installed her"
                                + " root"));
    }

    @Override
    public void play(Simulation sim, Options options) {
        ServerCertificate serverCert = ServerCertificate.of(options.choice(OPTION_SERVER_CERT));
        Interception attacker = Interception.of(options.choice(OPTION_ATTACKER));
        declareWorld(sim);
        CertificateMinter minter = new CertificateMinter(sim.randomness().secure(), sim.random());
        BankCertificates web = new BankCertificates(sim, minter);

        sim.phase("Certificates");
        int trusted = web.trustStore(BROWSER);
        IssuedCertificate bankCertificate = web.issue(serverCert, HOST, WEB_CA, BANK, trusted);
        int last = sim.events().size() - 1;
        if (serverCert == ServerCertificate.EXPIRED) {
            Duration wait = Duration.between(sim.now(), bankCertificate.certificate().getNotAfter().toInstant())
                    .plusDays(1);
            sim.phase("Expired");
            last = sim.jump(wait, BROWSER, wait.toDays() + " days later: the bank's certificate expired yesterday,"
                    + " and nobody renewed it");
        }
        List<X509Certificate> trustStore = new ArrayList<>(List.of(web.root()));
        TlsLeg browserLeg;
        TlsLeg bankLeg;
        if (attacker.intercepts()) {
            sim.phase("Mallory's CA");
            Mallory mallory = new Mallory(sim, MALLORY, minter);
            IssuedCertificate forged = mallory.forge(HOST, last);
            last = sim.events().size() - 1;
            if (attacker == Interception.MITM_TRUSTED) {
                last = mallory.plantRoot(BROWSER, last);
                trustStore.add(mallory.root());
            }
            browserLeg = leg(sim, BROWSER, MALLORY, trustStore, forged);
            bankLeg = leg(sim, MALLORY, BANK, List.of(web.root()), bankCertificate);
        } else {
            browserLeg = leg(sim, BROWSER, BANK, trustStore, bankCertificate);
            bankLeg = browserLeg;
        }

        sim.phase("The TLS 1.3 handshake");
        HandshakeEvents browserHandshake = new HandshakeEvents(sim, browserLeg);
        last = browserHandshake.emit(last);
        boolean open = browserLeg.established();
        if (open && attacker.intercepts()) {
            sim.phase("Mallory's own handshake");
            last = new HandshakeEvents(sim, bankLeg).emit(last);
            open = bankLeg.established();
        }
        String received = "";
        if (open) {
            sim.phase("GET /account");
            received = new AccountExchange(sim, BANK, browserLeg, bankLeg).run(last);
        }
        summarise(sim, serverCert, attacker, browserLeg, bankLeg, received);
    }

    private static TlsLeg leg(Simulation sim, String client, String server, List<X509Certificate> trustStore,
                              IssuedCertificate presented) {
        TlsLeg leg = new TlsLeg(client, server, TlsClientSetup.browser(HOST, trustStore),
                TlsServerSetup.serverAuthOnly(presented), sim.now(), sim.randomness().secure());
        leg.noteIn(sim.tlsConnections());
        return leg;
    }

    /**
     * The same world under every what-if, so that the stage keeps its layout: Mallory is on the café Wi-Fi, between
     * the browser and the bank, in every run; only with an attacker does the browser's connection end at her.
     */
    private static void declareWorld(Simulation sim) {
        sim.world().zone("cafe-wifi", "Café Wi-Fi", false).zone("pki", "PKI", false);
        sim.world().actor(BROWSER, "Alice's browser", ActorKind.BROWSER, "home");
        sim.world().actor(MALLORY, "Mallory (café Wi-Fi)", ActorKind.ATTACKER, "cafe-wifi");
        sim.world().actor(BANK, "bank.example server", ActorKind.SERVICE, "bank");
        sim.world().actor(WEB_CA, "Web CA", ActorKind.CERTIFICATE_AUTHORITY, "pki");
        sim.world().link(BROWSER, BANK, Channel.FRONT, Protection.TLS);
        sim.world().link(BROWSER, MALLORY, Channel.ATTACK, Protection.TLS);
        sim.world().link(MALLORY, BANK, Channel.ATTACK, Protection.TLS);
        sim.world().link(WEB_CA, BANK, Channel.OUT_OF_BAND);
    }

    private static void summarise(Simulation sim, ServerCertificate serverCert, Interception attacker,
                                  TlsLeg browserLeg, TlsLeg bankLeg, String received) {
        HandshakeRecording browserSide = browserLeg.handshake();
        sim.summary().put("serverCert", serverCert.id());
        sim.summary().put("attacker", attacker.id());
        sim.summary().put("browserConnected", browserLeg.established());
        sim.summary().put("browserAlert", browserSide.failure().map(TlsAlert::description).orElse(""));
        if (attacker.intercepts() && browserLeg.established()) {
            sim.summary().put("upstreamAlert", bankLeg.handshake().failure().map(TlsAlert::description).orElse(""));
        }
        sim.summary().put("cipherSuite", browserSide.cipherSuite());
        sim.summary().put("accountShown", received.contains(AccountExchange.ACCOUNT));
    }
}
