package dev.trustflow.sim.scenarios.oauth;

import dev.trustflow.sim.engine.Arrival;
import dev.trustflow.sim.engine.Handler;
import dev.trustflow.sim.engine.Reply;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The endpoints one actor serves ({@code POST /token}, {@code GET /callback}), as the one {@link Handler} the
 * engine allows per actor: a request goes to the endpoint of its method and path (query left out); any other
 * request gets a 404, which a scenario that sends only to declared endpoints never sees.
 */
final class PathRouter implements Handler {

    private final Map<String, Handler> endpoints = new LinkedHashMap<>();

    PathRouter on(String method, String path, Handler handler) {
        endpoints.put(method + " " + path, handler);
        return this;
    }

    @Override
    public Reply handle(Arrival arrival) {
        String path = arrival.request().path();
        int query = path.indexOf('?');
        String key = arrival.request().method() + " " + (query < 0 ? path : path.substring(0, query));
        Handler endpoint = endpoints.get(key);
        return endpoint == null ? Reply.of(404, "404 Not Found: nothing serves " + key) : endpoint.handle(arrival);
    }
}
