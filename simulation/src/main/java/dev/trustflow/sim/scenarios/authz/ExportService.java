package dev.trustflow.sim.scenarios.authz;

import static dev.trustflow.sim.scenarios.authz.AuthzCast.EXPORT;

import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Exchange;
import dev.trustflow.sim.engine.Reply;
import dev.trustflow.sim.engine.Request;
import dev.trustflow.sim.engine.Simulation;
import dev.trustflow.sim.trace.Artifact;

/**
 * The export service turns a document into a PDF for whoever asks. It may read every folder (its own identity
 * holds the exporter role). Asked by Bob, it fetches the document either with that identity of its own (the
 * deputy lends its rights) or with a token exchanged for Bob's, so the docs service decides about Bob.
 */
final class ExportService {

    private final Simulation sim;
    private final IdentityProvider idp;
    private final boolean passUserToken;
    private final String ownToken;

    ExportService(Simulation sim, IdentityProvider idp, boolean passUserToken, String ownToken) {
        this.sim = sim;
        this.idp = idp;
        this.passUserToken = passUserToken;
        this.ownToken = ownToken;
    }

    void install() {
        sim.serve(EXPORT, this::export);
    }

    /** {@code POST /exports/{id}} from an app, with its user's bearer token. */
    static Request call(String from, Document document, String token, String caption) {
        return Request.post(from, EXPORT, "/exports/" + document.id()).caption(caption)
                .carry(DocsApi.BEARER, token).artifact(Artifact.jwt("bearer token", token));
    }

    private Reply export(Arrival at) {
        Document document = Document.byId(at.request().path().substring(at.request().path().lastIndexOf('/') + 1));
        String token;
        String caption;
        if (passUserToken) {
            token = idp.exchange(EXPORT, Directory.BOB, at.requestSeq());
            caption = "The export service fetches " + document.id() + " with the exchanged token: sub bob, act "
                    + EXPORT;
        } else {
            token = ownToken;
            caption = "The export service fetches " + document.id() + " with its own token, whose role may read"
                    + " every folder";
        }
        Exchange fetched = sim.send(DocsApi.call(EXPORT, "GET", document, token, caption)
                .causedBy(sim.events().size() - 1));
        if (!fetched.ok()) {
            return Reply.of(fetched.status().orElse(502), fetched.status().orElse(502) + ": the docs service"
                    + " refused, so no export").relayCaption("No PDF: the docs service refused to give "
                    + document.id() + " for bob");
        }
        return Reply.of(200, "200 OK: " + document.id() + ".pdf")
                .artifact(Artifact.text(document.id() + ".pdf", document.text()))
                .relayCaption("200 OK: the export service sends " + document.id() + ".pdf to Bob");
    }
}
