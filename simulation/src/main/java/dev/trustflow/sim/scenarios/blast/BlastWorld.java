package dev.trustflow.sim.scenarios.blast;

import dev.trustflow.sim.blast.Passage;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;
import dev.trustflow.sim.world.Rule;
import dev.trustflow.sim.world.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's world: twelve services and three databases in four zones, the network paths between them and, when
 * segmented, the rules that let through only the calls the shop makes. The same actors and links under every
 * what-if, so nothing moves on the stage when the student flips one.
 */
final class BlastWorld {

    static final String ATTACKER = "attacker";
    static final String SEARCH = "search";
    static final String STOREFRONT = "storefront";
    static final String CATALOG = "catalog";
    static final String CART = "cart";
    static final String CHECKOUT = "checkout";
    static final String ORDERS = "orders";
    static final String PAYMENTS = "payments";
    static final String ACCOUNTS = "accounts";
    static final String SHIPPING = "shipping";
    static final String REPORTS = "reports";
    static final String ADMIN = "admin";
    static final String CI_RUNNER = "ci-runner";
    static final String CUSTOMERS_DB = "customers-db";
    static final String ORDERS_DB = "orders-db";
    static final String PAYMENTS_DB = "payments-db";

    static final List<String> DATABASES = List.of(CUSTOMERS_DB, ORDERS_DB, PAYMENTS_DB);

    /** The calls the shop makes, caller → callee: what segmentation must let through. */
    static final Set<Passage> CALLS = Set.of(
            call(STOREFRONT, SEARCH), call(STOREFRONT, CART), call(STOREFRONT, CHECKOUT), call(STOREFRONT, ACCOUNTS),
            call(SEARCH, CATALOG), call(CART, CATALOG), call(CHECKOUT, ORDERS), call(CHECKOUT, PAYMENTS),
            call(ORDERS, SHIPPING), call(ORDERS, ORDERS_DB), call(PAYMENTS, PAYMENTS_DB),
            call(ACCOUNTS, CUSTOMERS_DB), call(REPORTS, ORDERS_DB), call(REPORTS, CUSTOMERS_DB),
            call(ADMIN, REPORTS), call(ADMIN, CI_RUNNER), call(CI_RUNNER, PAYMENTS));

    private BlastWorld() {
    }

    private static Passage call(String from, String to) {
        return new Passage(from, to, null);
    }

    /** Whether the shop itself makes this call (whatever rule lets it through). */
    static boolean needed(Passage p) {
        return CALLS.contains(call(p.from(), p.to()));
    }

    /** Declares the zones, actors and links into {@code world}, and the firewall's zone rules if segmented. */
    static void declare(Topology.Builder world, boolean segmented) {
        world.zone("internet", "Internet", false);
        world.zone("edge", "Edge", false);
        world.zone("services", "Services", segmented);
        world.zone("corporate", "Corporate", segmented);
        world.zone("data", "Data", segmented);
        world.actor(ATTACKER, "Attacker", ActorKind.ATTACKER, "internet");
        world.actor(SEARCH, "Search", ActorKind.SERVICE, "edge");
        world.actor(STOREFRONT, "Storefront", ActorKind.SERVICE, "edge");
        world.actor(CATALOG, "Catalog", ActorKind.SERVICE, "services");
        world.actor(CART, "Cart", ActorKind.SERVICE, "services");
        world.actor(CHECKOUT, "Checkout", ActorKind.SERVICE, "services");
        world.actor(ACCOUNTS, "Accounts", ActorKind.SERVICE, "services");
        world.actor(ORDERS, "Orders", ActorKind.SERVICE, "services");
        world.actor(PAYMENTS, "Payments", ActorKind.SERVICE, "services");
        world.actor(SHIPPING, "Shipping", ActorKind.SERVICE, "services");
        world.actor(ADMIN, "Admin console", ActorKind.SERVICE, "corporate");
        world.actor(REPORTS, "Reports", ActorKind.SERVICE, "corporate");
        world.actor(CI_RUNNER, "CI runner", ActorKind.SERVICE, "corporate");
        world.actor(CUSTOMERS_DB, "Customers DB", ActorKind.DATABASE, "data");
        world.actor(ORDERS_DB, "Orders DB", ActorKind.DATABASE, "data");
        world.actor(PAYMENTS_DB, "Payments DB", ActorKind.DATABASE, "data");

        world.link(ATTACKER, SEARCH, Channel.ATTACK, Protection.TLS);
        CALLS.stream().sorted(java.util.Comparator.comparing(Passage::from).thenComparing(Passage::to))
                .forEach(c -> world.link(c.from(), c.to(), Channel.BACK, Protection.TLS));
        // Paths the flat network carries although no call needs them.
        world.link(SEARCH, ADMIN, Channel.BACK, Protection.TLS);
        world.link(SEARCH, CUSTOMERS_DB, Channel.BACK, Protection.TLS);

        if (segmented) {
            world.rule(Rule.segment("fw.edge-to-services", "edge", "services", "the edge calls the shop's services"));
            world.rule(Rule.segment("fw.corporate-to-services", "corporate", "services", "the CI runner deploys to the services"));
            world.rule(Rule.segment("fw.services-to-data", "services", "data", "services reach their databases"));
            world.rule(Rule.segment("fw.corporate-to-data", "corporate", "data", "reports read the databases"));
        }
    }

    /**
     * Declares the allow-lists: each database's callers if segmented, and an allow-list on the target of each
     * {@code closed} passage (an applied cut) that leaves its source out.
     */
    static void allowLists(Topology.Builder world, boolean segmented, Collection<Passage> closed) {
        if (segmented) {
            world.rule(Rule.allowList("db.customers-callers", CUSTOMERS_DB, callers(CUSTOMERS_DB, closed),
                    "only accounts and reports use the customers DB"));
            world.rule(Rule.allowList("db.orders-callers", ORDERS_DB, callers(ORDERS_DB, closed),
                    "only orders and reports use the orders DB"));
            world.rule(Rule.allowList("db.payments-callers", PAYMENTS_DB, callers(PAYMENTS_DB, closed),
                    "only payments uses the payments DB"));
        }
        Map<String, Set<String>> closedBy = new LinkedHashMap<>();
        closed.forEach(p -> closedBy.computeIfAbsent(p.to(), t -> new LinkedHashSet<>()).add(p.from()));
        closedBy.forEach((target, sources) -> {
            if (segmented && DATABASES.contains(target)) {
                return;
            }
            Set<String> callers = new LinkedHashSet<>(neighbours(world.build(), target));
            callers.removeAll(sources);
            world.rule(Rule.allowList("fix." + target, target, callers.isEmpty() ? Set.of(target) : callers,
                    "the fix: " + String.join(", ", sources) + " may no longer reach " + target));
        });
    }

    /** The callers the shop needs for {@code db}, minus those a cut closed. */
    private static Set<String> callers(String db, Collection<Passage> closed) {
        Set<String> callers = new LinkedHashSet<>();
        CALLS.stream().filter(c -> c.to().equals(db)).map(Passage::from).sorted().forEach(callers::add);
        closed.stream().filter(p -> p.to().equals(db)).forEach(p -> callers.remove(p.from()));
        return callers.isEmpty() ? Set.of(db) : callers;
    }

    private static List<String> neighbours(Topology world, String actor) {
        List<String> ids = new ArrayList<>();
        world.links().stream().filter(l -> l.from().equals(actor) || l.to().equals(actor))
                .map(l -> l.other(actor)).forEach(ids::add);
        return ids;
    }
}
