package dev.trustflow.sim.scenarios.zerotrust;

import static dev.trustflow.sim.scenarios.zerotrust.Company.CUSTOMERS;
import static dev.trustflow.sim.scenarios.zerotrust.Company.GATEWAY;
import static dev.trustflow.sim.scenarios.zerotrust.Company.HR;
import static dev.trustflow.sim.scenarios.zerotrust.Company.ORDERS;
import static dev.trustflow.sim.scenarios.zerotrust.Company.PAYMENTS;
import static dev.trustflow.sim.scenarios.zerotrust.Company.WEB;

import dev.trustflow.sim.check.CheckResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mesh's authorization policy as data: which workload identity may call which operation of which service,
 * the calls the company makes and nothing more (least privilege). Each service's sidecar decides every request
 * by the SPIFFE ID of the certificate it verified in the handshake. A table rather than jcasbin: one rule shape
 * (caller, callee, method, path), exact matches, and the decision names the grant that allowed it.
 */
final class EastWestPolicy {

    /** Check id: the caller's verified SPIFFE ID is allowed this operation on this service. */
    static final String CHECK = "policy.operation";

    /** One allowed call: {@code caller} may send {@code method path} to {@code callee}. */
    record Grant(String caller, String callee, String method, String path) {

        boolean allows(String callerId, String service, String m, String p) {
            return Company.id(caller).toString().equals(callerId) && callee.equals(service) && method.equals(m)
                    && path.equals(p);
        }

        String words() {
            return caller + " → " + callee + " " + method + " " + path;
        }
    }

    static final List<Grant> GRANTS = List.of(
            new Grant(GATEWAY, WEB, "GET", "/account"),
            new Grant(GATEWAY, WEB, "GET", "/search"),
            new Grant(WEB, ORDERS, "GET", "/orders"),
            new Grant(WEB, CUSTOMERS, "GET", "/customers"),
            new Grant(ORDERS, PAYMENTS, "POST", "/payments"),
            new Grant(ORDERS, CUSTOMERS, "GET", "/customers"),
            new Grant(GATEWAY, HR, "GET", "/employees"));

    private EastWestPolicy() {
    }

    /** The sidecar of {@code service} decides {@code method path} from the caller it verified as {@code callerId}. */
    static CheckResult decide(String service, String callerId, String method, String path) {
        return GRANTS.stream().filter(g -> g.allows(callerId, service, method, path)).findFirst()
                .map(g -> CheckResult.pass(CHECK, callerId + " may " + method + " " + path + " on " + service
                        + " (grant " + g.words() + ")"))
                .orElseGet(() -> CheckResult.fail(CHECK, callerId + " may not " + method + " " + path + " on "
                        + service + "; " + Company.possessive(service) + " policy allows only " + allowed(service)));
    }

    private static String allowed(String service) {
        String grants = GRANTS.stream().filter(g -> g.callee().equals(service))
                .map(g -> g.caller() + " " + g.method() + " " + g.path()).collect(Collectors.joining(", "));
        return grants.isEmpty() ? "nobody" : grants;
    }
}
