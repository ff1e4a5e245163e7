package dev.trustflow.sim.scenarios.goals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment order as the bank's public message format writes it, {@code PAY $100 FROM ACCT-1001}: the amount
 * always starts at byte {@link #AMOUNT_OFFSET}, which is all Mallory needs to know to aim a bit flip.
 *
 * @param amount  whole dollars
 * @param account the account to pay from
 */
record PaymentOrder(int amount, String account) {

    /** Where the amount's first digit sits in every order: after {@code "PAY $"}. */
    static final int AMOUNT_OFFSET = 5;
    private static final Pattern FORMAT = Pattern.compile("PAY \\$([0-9]{1,9}) FROM (ACCT-[0-9]{4})");

    String text() {
        return "PAY $" + amount + " FROM " + account;
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** "$100". */
    String dollars() {
        return "$" + amount;
    }

    /** The order these bytes spell in the bank's format; empty when they are not one (ciphertext, say). */
    static Optional<PaymentOrder> read(byte[] bytes) {
        Matcher m = FORMAT.matcher(new String(bytes, StandardCharsets.UTF_8));
        return m.matches() ? Optional.of(new PaymentOrder(Integer.parseInt(m.group(1)), m.group(2)))
                : Optional.empty();
    }
}
