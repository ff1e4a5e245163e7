package dev.trustflow.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.trace.TraceEvent;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Credential;
import dev.trustflow.sim.world.Rule;
import dev.trustflow.sim.world.WalletChange;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    /** app (internet) → gateway (edge) → orders (internal, segmented); a laptop in the office zone. */
    private static Simulation world(boolean edgeRule) {
        Simulation sim = new Simulation(1);
        sim.world().zone("internal", "Internal network", true);
        sim.world().actor("app", "App", ActorKind.CLIENT_APP, "internet");
        sim.world().actor("gw", "Gateway", ActorKind.API_GATEWAY, "edge");
        sim.world().actor("orders", "Orders", ActorKind.SERVICE, "internal");
        sim.world().actor("laptop", "Laptop", ActorKind.ATTACKER, "office");
        sim.world().link("app", "gw", Channel.BACK);
        sim.world().link("gw", "orders", Channel.BACK);
        sim.world().link("laptop", "orders", Channel.ATTACK);
        if (edgeRule) {
            sim.world().rule(Rule.segment("fw.edge-to-internal", "edge", "internal", "the gateway may call services"));
        }
        sim.serve("orders", at -> Reply.of(200, "here are the orders"));
        return sim;
    }

    @Test
    void aRequestTravelsHopByHopAndEachResponseNamesItsCause() {
        Simulation sim = world(true);
        Exchange ex = sim.send(Request.get("app", "orders", "/orders").caption("App asks for orders"));

        List<TraceEvent> events = sim.events();
        assertThat(events).extracting(TraceEvent::kind).containsExactly(EventKinds.HTTP_REQUEST,
                EventKinds.HTTP_REQUEST, EventKinds.CHECK_PASS, EventKinds.HTTP_RESPONSE, EventKinds.HTTP_RESPONSE);
        assertThat(events).extracting(TraceEvent::actor).containsExactly("app", "gw", "orders", "orders", "gw");
        assertThat(events).extracting(TraceEvent::cause).containsExactly(null, 0, 1, 1, 3);
        assertThat(events).extracting(TraceEvent::flow).containsOnly(ex.flow());
        assertThat(events.get(1).caption()).isEqualTo("Gateway forwards GET /orders");
        assertThat(events.get(2).text(DataKeys.RULE)).contains("fw.edge-to-internal");
        assertThat(ex.status()).contains(200);
        assertThat(ex.responseSeq()).isEqualTo(4);
        assertThat(events.get(4).at()).isAfter(events.get(0).at());
    }

    @Test
    void aHopNoRuleAllowsIsDroppedAndTheCheckNamesTheBoundary() {
        Simulation sim = world(true);
        Exchange ex = sim.send(Request.get("laptop", "orders", "/orders").caption("The laptop tries the service"));

        assertThat(ex.blocked()).isTrue();
        assertThat(ex.blockedBy()).isEqualTo("net.segmentation");
        TraceEvent check = sim.events().get(ex.blockSeq());
        assertThat(check.kind()).isEqualTo(EventKinds.CHECK_FAIL);
        assertThat(check.cause()).isEqualTo(ex.requestSeq());
        assertThat(check.text(DataKeys.REASON).orElseThrow()).contains("office → internal").contains("segmented");
        assertThat(sim.events()).noneMatch(e -> e.kind().equals(EventKinds.HTTP_RESPONSE));
    }

    @Test
    void withoutTheRuleEvenTheGatewayIsDroppedAndWithAnAllowListTheRuleIsNamed() {
        Simulation sim = world(false);
        assertThat(sim.send(Request.get("app", "orders", "/x")).blockedBy()).isEqualTo("net.segmentation");

        Simulation listed = world(true);
        listed.world().rule(Rule.allowList("orders.callers", "orders", Set.of("billing"), "only billing"));
        Exchange ex = listed.send(Request.get("app", "orders", "/x"));
        assertThat(ex.blockedBy()).isEqualTo("net.allow-list");
        assertThat(listed.events().get(ex.blockSeq()).text(DataKeys.RULE)).contains("orders.callers");
    }

    @Test
    void aGuardThatRefusesAnswersFromItsHopCausedByTheFailedCheckAndAnAlertPointsToTheCheck() {
        Simulation sim = world(true);
        sim.guard("gw", at -> at.check(CheckResult.fail("authn.token-present", "no token"))
                ? Optional.empty()
                : Optional.of(at.refuse(401, CheckResult.fail("authn.token-present", "no token"), "401")));
        Exchange ex = sim.send(Request.get("app", "orders", "/orders"));

        TraceEvent failed = sim.events().stream().filter(e -> e.kind().equals(EventKinds.CHECK_FAIL)).findFirst()
                .orElseThrow();
        assertThat(failed.cause()).isEqualTo(ex.requestSeq());
        TraceEvent response = sim.events().get(ex.responseSeq());
        assertThat(response.actor()).isEqualTo("gw");
        assertThat(response.cause()).isEqualTo(failed.seq());
        assertThat(response.status()).contains(401);
        assertThat(response.text(DataKeys.CHECK)).contains("authn.token-present");
        assertThat(ex.answeredBy()).isEqualTo("gw");

        int alert = sim.event(EventKinds.ALERT_RAISED, "gw").cause(failed.seq()).caption("alert").emit();
        assertThat(sim.events().get(alert).cause()).isEqualTo(failed.seq());
    }

    @Test
    void walletChangesAreRecordedOnTheEventThatMadeThemAndExpiryOnTheJump() {
        Simulation sim = world(true);
        Credential token = new Credential("t1", Credential.Kind.TOKEN, "access token", Set.of("gw"),
                sim.now().plus(Duration.ofMinutes(15)));
        sim.event(EventKinds.TOKEN_ISSUED, "gw").to("app").gives("app", token).emit();
        sim.event(EventKinds.DATA_LEAKED, "app").to("laptop").steals("laptop", "app", "t1").emit();
        assertThat(sim.wallets().validHeldBy("laptop", sim.now())).containsExactly(token);

        int jump = sim.jump(Duration.ofMinutes(16), "app", "16 minutes later");

        List<?> changes = (List<?>) sim.events().get(jump).data().get(DataKeys.WALLET);
        assertThat(changes).hasSize(2).allSatisfy(c -> assertThat(((Map<?, ?>) c).get("op"))
                .isEqualTo(WalletChange.EXPIRED));
        assertThat(sim.wallets().validHeldBy("laptop", sim.now())).isEmpty();
        assertThat((List<?>) sim.events().get(1).data().get(DataKeys.WALLET)).singleElement()
                .satisfies(c -> assertThat(((Map<?, ?>) c).get("op")).isEqualTo(WalletChange.STOLEN));
    }
}
