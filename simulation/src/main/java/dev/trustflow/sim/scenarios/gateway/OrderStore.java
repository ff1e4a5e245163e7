package dev.trustflow.sim.scenarios.gateway;

import dev.trustflow.sim.check.CheckResult;
import java.util.Map;

/** The orders service's data: who owns which order. Alice owns 1002, Mallory owns 1003. */
final class OrderStore {

    record Order(int id, String owner, String json) {
    }

    private static final Map<Integer, Order> ORDERS = Map.of(
            1002, new Order(1002, "alice", "{\"id\": 1002, \"owner\": \"alice\", \"item\": \"2 coffee mugs\","
                    + " \"ship_to\": \"Alice Martin, 4 Rue des Lilas, Lyon\"}"),
            1003, new Order(1003, "mallory", "{\"id\": 1003, \"owner\": \"mallory\", \"item\": \"1 teapot\","
                    + " \"ship_to\": \"Mallory Stone, 9 Hill Road, Leeds\"}"));

    private OrderStore() {
    }

    static Order find(int id) {
        Order order = ORDERS.get(id);
        if (order == null) {
            throw new IllegalArgumentException("no order " + id);
        }
        return order;
    }

    /** {@code authz.object-owner}: the authenticated caller must own the order asked for. */
    static CheckResult ownerCheck(Order order, String caller) {
        return order.owner().equals(caller)
                ? CheckResult.pass("authz.object-owner", "order " + order.id() + " belongs to " + caller
                + ", the authenticated caller")
                : CheckResult.fail("authz.object-owner", "order " + order.id() + " belongs to " + order.owner()
                + ", not to the authenticated caller " + caller + ": a valid token does not make it yours");
    }
}
