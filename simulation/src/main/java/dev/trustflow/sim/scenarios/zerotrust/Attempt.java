package dev.trustflow.sim.scenarios.zerotrust;

/**
 * One hop the attacker tried from its foothold, and how it ended.
 *
 * @param target    the service it called
 * @param reached   whether the service served it
 * @param refusedBy the check that refused the hop ({@code mtls.peer-trusted}, {@code policy.operation},
 *                  {@code jwt.signature}, …), read from the trace; null when it was served
 * @param lastSeq   the hop's last event
 */
record Attempt(String target, boolean reached, String refusedBy, int lastSeq) {

    String words() {
        return reached ? target + " (served)" : target + " (refused by " + refusedBy + ")";
    }
}
