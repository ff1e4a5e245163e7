package dev.trustflow.sim.scenarios.zerotrust;

import static dev.trustflow.sim.scenarios.zerotrust.Company.CUSTOMERS;
import static dev.trustflow.sim.scenarios.zerotrust.Company.HR;
import static dev.trustflow.sim.scenarios.zerotrust.Company.ORDERS;
import static dev.trustflow.sim.scenarios.zerotrust.Company.PAYMENTS;

import java.util.Map;

/** What the attacker asks each internal service for: the most valuable operation it offers an admin. */
record Operation(String method, String path) {

    private static final Map<String, Operation> WANTED = Map.of(
            ORDERS, new Operation("GET", "/orders"),
            PAYMENTS, new Operation("POST", "/refunds"),
            CUSTOMERS, new Operation("GET", "/customers"),
            HR, new Operation("GET", "/employees"));

    static Operation wantedFrom(String service) {
        return WANTED.get(service);
    }

    String line() {
        return method + " " + path;
    }
}
