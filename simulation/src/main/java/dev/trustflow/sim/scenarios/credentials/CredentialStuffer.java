package dev.trustflow.sim.scenarios.credentials;

import dev.trustflow.sim.check.CheckResult;
import dev.trustflow.sim.engine.EventBuilder;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.credentials.LoginService.Attempt;
import dev.trustflow.sim.scenarios.credentials.LoginService.Outcome;
import dev.trustflow.sim.trace.Artifact;
import dev.trustflow.sim.trace.DataKeys;
import dev.trustflow.sim.trace.EventKinds;
import dev.trustflow.sim.world.Credential;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attacker of the {@code mfa-and-rate-limits} scenario: tries a leaked list of email/password pairs, reads
 * the answers to learn which accounts exist, then guesses common passwords against one of them. When refused
 * with 429 it waits once for the limit to refill and resumes; refused again, it gives up.
 */
final class CredentialStuffer {

    static final String ID = Attacker.ID;
    static final String IP = "203.0.113.7";
    static final Duration WAIT = Duration.ofMinutes(15);

    /** One entry of the list the attacker works through. */
    record Guess(String email, String password) {
    }

    private final Simulation sim;
    private final LoginService login;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private int lastAnswer = -1;
    private int concluded = -1;
    private final List<String> takenOver = new ArrayList<>();
    private List<Guess> deferred = List.of();
    private String deferredPhase = "";
    private boolean waited;
    private boolean enumerated;
    private boolean gaveUp;
    private int attempts;

    CredentialStuffer(Simulation sim, LoginService login) {
        this.sim = sim;
        this.login = login;
    }

    List<String> takenOver() {
        return takenOver;
    }

    int attempts() {
        return attempts;
    }

    /** Phase one: one try per leaked pair. */
    void stuff(List<Guess> leaked) {
        sim.phase("Credential stuffing");
        sim.event(EventKinds.ATTACK_STEP, ID).to(LoginService.ID)
                .caption("The attacker starts trying a list of emails and passwords leaked from another website.")
                .data(DataKeys.STEP, "stuffing").artifact(Artifact.text("leaked list", listing(leaked))).emit();
        run(leaked, "stuffing", true);
    }

    /**
     * What the answers gave away: the accounts that exist, when the errors differ. Returns the address the
     * attacker will guess against: the first it knows exists with a wrong password, or, when every error looks
     * the same, simply the first that failed.
     */
    Optional<String> enumerate() {
        List<String> exist = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        StringBuilder view = new StringBuilder();
        answers.forEach((email, body) -> {
            boolean known = !body.equals(LoginService.UNKNOWN_USER) && !body.equals(LoginService.UNIFORM_ERROR)
                    && !body.equals(LoginService.TOO_MANY);
            view.append(email).append(": ").append(body).append('\n');
            if (known) {
                exist.add(email);
            }
            if (body.equals(LoginService.WRONG_PASSWORD) || body.equals(LoginService.UNIFORM_ERROR)) {
                failed.add(email);
            }
        });
        sim.tick(Duration.ofSeconds(5));
        sim.phase("What the errors reveal");
        if (answers.containsValue(LoginService.UNKNOWN_USER)) {
            concluded = sim.event(EventKinds.DATA_LEAKED, ID).to(LoginService.ID).cause(lastAnswer)
                    .caption("The different error messages tell the attacker which addresses have an account here: "
                            + exist.size() + " of " + answers.size() + ".")
                    .data("accountsRevealed", exist.size())
                    .artifact(Artifact.text("what the answers revealed", view.toString())).emit();
            enumerated = true;
            return exist.stream().filter(e -> answers.get(e).equals(LoginService.WRONG_PASSWORD)).findFirst();
        }
        concluded = sim.event(EventKinds.ATTACK_STEP, ID).to(LoginService.ID).cause(lastAnswer)
                .caption("Every failure says the same thing, so the attacker cannot tell real accounts from "
                        + "addresses that have none.")
                .data(DataKeys.STEP, "enumerate").data(Attacker.OUTCOME, "blocked")
                .artifact(Artifact.text("what the answers revealed", view.toString())).emit();
        return failed.stream().findFirst();
    }

    /** Phase two: common passwords against one address, stopping at the first that is right. */
    void guess(String email, List<String> passwords) {
        sim.tick(Duration.ofSeconds(10));
        sim.phase("Password guessing");
        sim.event(EventKinds.ATTACK_STEP, ID).to(LoginService.ID).cause(concluded)
                .caption(enumerated ? "The attacker now guesses common passwords for " + email
                        + ", an address it knows has an account."
                        : "Unable to tell real accounts apart, the attacker picks the first address that failed, "
                        + email + ", and guesses common passwords for it.")
                .data(DataKeys.STEP, "guessing").data("account", email).emit();
        run(passwords.stream().map(p -> new Guess(email, p)).toList(), "guessing", false);
    }

    /** If its last run was cut short by a 429, the attacker waits once for the limit to refill and resumes. */
    void resumeAfterLimit() {
        if (deferred.isEmpty() || waited) {
            return;
        }
        waited = true;
        sim.jump(WAIT, ID, "The attacker waits 15 minutes for the rate limit to refill.");
        run(deferred, deferredPhase, deferredPhase.equals("stuffing"));
    }

    private void run(List<Guess> list, String phase, boolean continueAfterSuccess) {
        deferred = List.of();
        for (int i = 0; i < list.size() && !gaveUp; i++) {
            Guess g = list.get(i);
            sim.tick(Duration.ofSeconds(2));
            attempts++;
            Attempt a = login.login(ID, IP, g.email(), g.password(), "The attacker tries " + g.email() + " with "
                    + (phase.equals("stuffing") ? "its leaked password." : "password guess \"" + g.password() + "\"."),
                    now -> String.format("%06d", sim.random().nextInt(1_000_000)));
            answers.put(g.email(), a.body());
            lastAnswer = a.exchange().lastSeq();
            if (a.outcome() == Outcome.RATE_LIMITED) {
                if (waited) {
                    gaveUp = true;
                    blocked(a, phase, "Refused again after waiting, the attacker gives up on this site.");
                } else {
                    deferred = list.subList(i, list.size());
                    deferredPhase = phase;
                    blocked(a, phase, "The login service stops answering the attacker's tries with 429.");
                }
                return;
            }
            if (a.outcome() == Outcome.LOGGED_IN) {
                takenOver.add(g.email());
                learned(sim.event(EventKinds.DATA_LEAKED, ID).to(LoginService.ID).cause(lastAnswer)
                        .caption("The attacker is logged in as " + g.email() + ": the account is taken over.")
                        .data("account", g.email()), g.email()).emit();
            } else if (a.outcome() == Outcome.MFA_FAILED) {
                learned(blockedStep(a, phase, "The password for " + g.email() + " was right, but without the code "
                        + "the attacker is stuck: mfa.totp stopped it."), g.email()).emit();
            }
            if (!continueAfterSuccess && a.outcome() != Outcome.REFUSED) {
                return;
            }
        }
    }

    private void blocked(Attempt a, String phase, String caption) {
        blockedStep(a, phase, caption).emit();
    }

    /** An attack step that ends in the check the service's answer cites, caused by that answer. */
    private EventBuilder blockedStep(Attempt a, String phase, String caption) {
        return sim.event(EventKinds.ATTACK_STEP, ID).to(LoginService.ID).cause(a.exchange().lastSeq())
                .caption(caption).data(DataKeys.STEP, phase).data(Attacker.OUTCOME, "blocked")
                .data(DataKeys.CHECK, Refusals.failed(a.exchange()).map(CheckResult::check).orElseThrow());
    }

    /** The attacker now holds a password the site accepts: Carol's (from her), or another user's (from the list). */
    private static EventBuilder learned(EventBuilder event, String email) {
        if (email.equals(MfaRateLimitScenario.CAROL_EMAIL)) {
            return event.steals(ID, MfaRateLimitScenario.CAROL, MfaRateLimitScenario.CAROL_PASSWORD);
        }
        return event.gives(ID, new Credential("password " + email, Credential.Kind.PASSWORD,
                "The password of " + email, Set.of(LoginService.ID), null));
    }

    private static String listing(List<Guess> leaked) {
        StringBuilder text = new StringBuilder();
        leaked.forEach(g -> text.append(g.email()).append(':').append(g.password()).append('\n'));
        return text.toString();
    }
}
