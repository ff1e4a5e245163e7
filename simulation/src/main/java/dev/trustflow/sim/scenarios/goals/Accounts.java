package dev.trustflow.sim.scenarios.goals;

import dev.trustflow.sim.check.CheckResult;
import java.util.Map;

/**
 * The bank's record of who owns which account, and its authorization rule: a customer may pay only from an
 * account she owns. It answers "may this sender do this?", a different question from "who sent this?".
 */
final class Accounts {

    static final String CHECK = "authz.object-owner";
    private final Map<String, String> ownerByAccount;

    Accounts(Map<String, String> ownerByAccount) {
        this.ownerByAccount = Map.copyOf(ownerByAccount);
    }

    /** Whether {@code sender} may pay from the order's account, with {@code basis}: why the bank thinks so. */
    CheckResult authorize(String sender, PaymentOrder order, String basis) {
        String owner = ownerByAccount.get(order.account());
        if (owner == null) {
            return CheckResult.fail(CHECK, "account " + order.account() + " does not exist at this bank");
        }
        if (!owner.equals(sender)) {
            return CheckResult.fail(CHECK, "account " + order.account() + " belongs to " + owner + ", not to "
                    + sender + ", so " + sender + " may not pay from it");
        }
        return CheckResult.pass(CHECK, "account " + order.account() + " belongs to " + owner + ", and the sender is "
                + sender + " (" + basis + "), so the payment is allowed");
    }
}
