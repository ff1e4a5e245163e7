package dev.trustflow.sim.scenarios.zerotrust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckResult;
import org.junit.jupiter.api.Test;

class EastWestPolicyTest {

    private static final String WEB = "spiffe://trustflow.demo/ns/shop/sa/web";

    @Test
    void aGrantAllowsOneCallerOneOperationOnOneService() {
        CheckResult allowed = EastWestPolicy.decide("orders", WEB, "GET", "/orders");

        assertThat(allowed.passed()).isTrue();
        assertThat(allowed.check()).isEqualTo(EastWestPolicy.CHECK);
        assertThat(allowed.reason()).contains("grant web → orders GET /orders");
    }

    @Test
    void anotherOperationOrAnotherServiceIsRefusedAndTheRefusalListsWhatIsAllowed() {
        assertThat(EastWestPolicy.decide("orders", WEB, "DELETE", "/orders").passed()).isFalse();
        CheckResult refused = EastWestPolicy.decide("payments", WEB, "POST", "/payments");
        assertThat(refused.passed()).isFalse();
        assertThat(refused.reason()).endsWith("payments' policy allows only orders POST /payments");
    }

    @Test
    void anUnverifiedCallerMatchesNoGrant() {
        assertThat(EastWestPolicy.decide("web", "no verified identity", "GET", "/search").passed()).isFalse();
    }
}
