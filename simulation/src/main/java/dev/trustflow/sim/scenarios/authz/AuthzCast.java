package dev.trustflow.sim.scenarios.authz;

import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.scenarios.DemoCast;
import dev.trustflow.sim.world.ActorKind;
import dev.trustflow.sim.world.Channel;
import dev.trustflow.sim.world.Protection;

/** Who is in the authorization-models run, and how they are connected. */
final class AuthzCast {

    static final String IDP = DemoCast.AUTH_SERVER;
    static final String BOB_APP = "bob-app";
    static final String DOCS = "docs-api";
    static final String EXPORT = "export-service";
    static final String ISSUER = DemoCast.ISSUER;
    static final String AUDIENCE = "docs-api";

    private AuthzCast() {
    }

    static void declare(Simulation sim) {
        sim.world().actor(IDP, "Identity provider", ActorKind.AUTHORIZATION_SERVER, "identity");
        sim.world().actor(BOB_APP, "Bob's app", ActorKind.CLIENT_APP, "office");
        sim.world().actor(DOCS, "Docs service", ActorKind.SERVICE, "internal");
        sim.world().actor(EXPORT, "Export service", ActorKind.SERVICE, "internal");
        sim.world().link(IDP, BOB_APP, Channel.BACK, Protection.TLS);
        sim.world().link(IDP, DOCS, Channel.BACK, Protection.TLS);
        sim.world().link(IDP, EXPORT, Channel.BACK, Protection.TLS);
        sim.world().link(BOB_APP, DOCS, Channel.BACK, Protection.TLS);
        sim.world().link(BOB_APP, EXPORT, Channel.BACK, Protection.TLS);
        sim.world().link(EXPORT, DOCS, Channel.BACK, Protection.TLS);
    }
}
