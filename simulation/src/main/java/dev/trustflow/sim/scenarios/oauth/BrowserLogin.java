package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.oauth.server.AuthorizationRequest;
import dev.trustflow.sim.oauth.server.AuthorizationResponse;
import java.util.Map;

/**
 * The authorization code flow as a browser walks it: the click on "Sign in" at the app, the redirect it
 * follows to the authorization server, the login and consent pages it is shown (the person types and clicks;
 * a browser the attacker drives himself needs no person), and the redirect back. Each step follows from the
 * response before it. The pages themselves are {@link LoginPages}; the app's side is {@link ClientApp}.
 */
final class BrowserLogin {

    private final Simulation sim;
    private final Timeline timeline;

    BrowserLogin(Timeline timeline) {
        this.sim = timeline.sim();
        this.timeline = timeline;
    }

    /**
     * {@code person} clicks "Sign in" at {@code app} in {@code browser} and signs in as {@code subject}. Returns
     * the exchange whose answer is the authorization server's last word: its redirect back (with a code, a
     * token or an error) or its error page.
     */
    Exchange start(ClientApp app, String person, String browser, String subject, String caption) {
        return start(app, person, browser, subject, caption, -1);
    }

    /** As {@link #start(ClientApp, String, String, String, String)}, because of event {@code cause}. */
    Exchange start(ClientApp app, String person, String browser, String subject, String caption, int cause) {
        Exchange redirect;
        if (person.equals(browser)) {
            redirect = sim.send(Request.get(browser, app.actor(), "/login").caption(caption).causedBy(cause));
        } else {
            int click = timeline.user(person, browser, caption, cause);
            redirect = sim.send(Request.get(browser, app.actor(), "/login").causedBy(click)
                    .caption("The browser asks the app to sign in."));
        }
        AuthorizationRequest req = redirect.carried(ClientApp.REQUEST, AuthorizationRequest.class).orElseThrow();
        return arrive(person, browser, subject, sim.send(LoginPages.authorize(browser, req, "The browser follows"
                + " the redirect to the authorization server.").causedBy(redirect.responseSeq())));
    }

    /** {@code browser} has opened {@code authorize}; it goes through the pages shown until it is sent away. */
    Exchange arrive(String person, String browser, String subject, Exchange authorize) {
        Exchange page = authorize;
        String name = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        while (page.status().orElse(0) == 200) {
            String shown = page.carried(LoginPages.PAGE, String.class).orElseThrow();
            int seen = page.responseSeq();
            if (LoginPages.LOGIN_PAGE.equals(shown)) {
                int typed = person.equals(browser) ? seen : timeline.user(person, browser, name + " types the"
                        + " password on the authorization server's page, never in the app.", seen);
                page = sim.send(LoginPages.password(browser, subject, "The browser sends " + name + "'s password to"
                        + " the authorization server only.").causedBy(typed));
            } else {
                int allowed = person.equals(browser) ? seen : timeline.user(person, browser, "The user reads the"
                        + " request and clicks \"Allow\".", seen);
                page = sim.send(Request.post(browser, Cast.AUTH, "/authorize/consent").causedBy(allowed)
                        .caption("The browser sends the user's \"Allow\".").data("approved", true));
            }
        }
        return page;
    }

    /** What the authorization server's last answer in {@code exchange} said. */
    static AuthorizationResponse answer(Exchange exchange) {
        return exchange.carried(LoginPages.AUTHORIZATION, AuthorizationResponse.class).orElseThrow();
    }

    /** Whether the last answer redirected back with a code or a token (not an error, not an error page). */
    static boolean redirectedBack(Exchange exchange) {
        return exchange.status().orElse(0) == 302 && answer(exchange).ok();
    }

    /** The browser lands on {@code app}'s callback with {@code params} (a code or token, and the state). */
    Exchange callback(ClientApp app, String browser, Map<String, Object> params, String caption, int cause) {
        return sim.send(ClientApp.callback(browser, app.actor(), params, caption).causedBy(cause));
    }
}
