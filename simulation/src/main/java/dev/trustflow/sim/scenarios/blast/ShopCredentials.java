package dev.trustflow.sim.scenarios.blast;

import static dev.trustflow.sim.scenarios.blast.BlastWorld.ACCOUNTS;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.ADMIN;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.CART;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.CATALOG;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.CHECKOUT;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.CI_RUNNER;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.CUSTOMERS_DB;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.ORDERS;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.ORDERS_DB;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.PAYMENTS;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.PAYMENTS_DB;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.REPORTS;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.SEARCH;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.SHIPPING;
import static dev.trustflow.sim.scenarios.blast.BlastWorld.STOREFRONT;

import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each service of the shop holds when it starts, by holder in the order they start: workload certificates
 * that open the services it calls (renewed by their agent, so always valid), database passwords, the search
 * service's account, and an admin's session token left in search's debug log.
 */
final class ShopCredentials {

    /** The customers DB password; shared, the same secret is in three services. */
    static final String CUSTOMERS_DB_PASSWORD = "customers-db-password";
    static final String SEARCH_ACCOUNT = "search-service-account";
    static final String ADMIN_SESSION = "admin-session-token";
    static final Duration SHORT_LIFE = Duration.ofMinutes(15);
    static final Duration LONG_LIFE = Duration.ofDays(30);

    private ShopCredentials() {
    }

    /**
     * Holder → what it is given at {@code now}.
     *
     * @param overPrivileged search's service account opens every service, not only the catalog
     * @param shared         the customers DB password is also in search's and reports' configuration
     * @param longLived      the admin's session token lives 30 days, not 15 minutes
     */
    static Map<String, List<Credential>> issue(Instant now, boolean overPrivileged, boolean shared,
                                               boolean longLived) {
        Map<String, List<Credential>> byHolder = new LinkedHashMap<>();
        Credential customersDb = new Credential(CUSTOMERS_DB_PASSWORD, Credential.Kind.PASSWORD,
                "customers DB password", Set.of(CUSTOMERS_DB), null);
        List<Credential> search = new ArrayList<>();
        search.add(certificate(SEARCH, CATALOG));
        search.add(new Credential(SEARCH_ACCOUNT, Credential.Kind.KEY, "search's service account",
                overPrivileged ? Set.of(STOREFRONT, CATALOG, CART, CHECKOUT, ORDERS, PAYMENTS, ACCOUNTS, SHIPPING,
                        REPORTS, ADMIN, CI_RUNNER) : Set.of(CATALOG), null));
        search.add(new Credential(ADMIN_SESSION, Credential.Kind.TOKEN, "admin's session token", Set.of(ADMIN),
                now.plus(longLived ? LONG_LIFE : SHORT_LIFE)));
        if (shared) {
            search.add(customersDb);
        }
        byHolder.put(SEARCH, search);
        byHolder.put(STOREFRONT, List.of(certificate(STOREFRONT, SEARCH, CART, CHECKOUT, ACCOUNTS)));
        byHolder.put(CART, List.of(certificate(CART, CATALOG)));
        byHolder.put(CHECKOUT, List.of(certificate(CHECKOUT, ORDERS, PAYMENTS)));
        byHolder.put(ACCOUNTS, List.of(customersDb));
        byHolder.put(ORDERS, List.of(certificate(ORDERS, SHIPPING), password("orders-db-password",
                "orders DB password", ORDERS_DB)));
        byHolder.put(PAYMENTS, List.of(password("payments-db-password", "payments DB password", PAYMENTS_DB)));
        byHolder.put(ADMIN, List.of(certificate(ADMIN, REPORTS, CI_RUNNER)));
        List<Credential> reports = new ArrayList<>(List.of(password("reports-db-password",
                "reports' orders DB password", ORDERS_DB)));
        reports.add(shared ? customersDb : password("reports-customers-login", "reports' customers DB login",
                CUSTOMERS_DB));
        byHolder.put(REPORTS, reports);
        byHolder.put(CI_RUNNER, List.of(new Credential("deploy-key", Credential.Kind.KEY, "CI deploy key",
                Set.of(PAYMENTS), null)));
        return byHolder;
    }

    private static Credential certificate(String holder, String... opens) {
        return new Credential(holder + "-certificate", Credential.Kind.CERTIFICATE, holder + (holder.endsWith("s") ? "'" : "'s") + " certificate",
                Set.of(opens), null);
    }

    private static Credential password(String id, String label, String opens) {
        return new Credential(id, Credential.Kind.PASSWORD, label, Set.of(opens), null);
    }
}
