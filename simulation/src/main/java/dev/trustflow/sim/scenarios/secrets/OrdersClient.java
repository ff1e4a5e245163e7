package dev.trustflow.sim.scenarios.secrets;

import dev.trustflow.sim.crypto.pki.IssuedCertificate;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.vault.WorkloadLogin;
import dev.trustflow.sim.world.Credential;
import java.time.Instant;
import java.util.Set;

/** The orders service as the vault's client: it logs in with its certificate and then carries its token. */
final class OrdersClient {

    static final String TOKEN_CREDENTIAL = "vault-token";

    private final Simulation sim;
    private String token;

    OrdersClient(Simulation sim) {
        this.sim = sim;
    }

    /** Logs in with {@code certificate}, signing the request with its key; returns the exchange. */
    Exchange login(IssuedCertificate certificate, Integer cause) {
        Instant signedAt = sim.now();
        byte[] signature = WorkloadLogin.sign(certificate.privateKey(),
                WorkloadLogin.challenge(SecretsCast.DB_ROLE, signedAt), sim.randomness().secure());
        Exchange exchange = sim.send(Request.post(SecretsCast.ORDERS, SecretsCast.VAULT, VaultServer.LOGIN)
                .caption("The orders service logs in to the vault with its workload certificate, signing the "
                        + "request with its private key.")
                .causedBy(cause).data("spiffeId", SecretsCast.ORDERS_ID.toString())
                .carry(VaultServer.CHAIN, certificate.chain()).carry(VaultServer.SIGNATURE, signature)
                .carry(VaultServer.SIGNED_AT, signedAt));
        exchange.carried(VaultServer.TOKEN, String.class).ifPresent(issued -> {
            token = issued;
            sim.event(EventKinds.TOKEN_ISSUED, SecretsCast.VAULT).to(SecretsCast.ORDERS)
                    .cause(exchange.responseSeq()).flow(exchange.flow())
                    .caption("The orders service holds a vault token for one hour.")
                    .data("ttl", VaultServer.TOKEN_TTL.toString())
                    .gives(SecretsCast.ORDERS, new Credential(TOKEN_CREDENTIAL, Credential.Kind.TOKEN,
                            "Orders' vault token", Set.of(SecretsCast.VAULT), sim.now().plus(VaultServer.TOKEN_TTL)))
                    .emit();
        });
        return exchange;
    }

    /** A call to the vault carrying the token. */
    Exchange call(String method, String path, String caption, Integer cause) {
        return sim.send(Request.of(method, SecretsCast.ORDERS, SecretsCast.VAULT, path).caption(caption)
                .causedBy(cause).carry(VaultServer.TOKEN, token));
    }

    /** A call that carries one more value (the lease to renew). */
    Exchange call(String method, String path, String caption, Integer cause, String name, Object value) {
        return sim.send(Request.of(method, SecretsCast.ORDERS, SecretsCast.VAULT, path).caption(caption)
                .causedBy(cause).carry(VaultServer.TOKEN, token).carry(name, value));
    }
}
