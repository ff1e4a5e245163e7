package dev.trustflow.sim.engine;

import dev.trustflow.sim.trace.Artifact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request one actor sends another, for {@link Simulation#send(Request)}: the world delivers it hop by
 * hop along its route, each enforcement point on the way runs its guards, and the last one its handler.
 * What the request <em>carries</em> ({@link #carry}) is read by guards and handlers (a bearer token, a body);
 * what it <em>shows</em> ({@link #data}, {@link #artifact}) goes into the trace on every hop.
 */
public final class Request {

    private final String from;
    private final String to;
    private final String method;
    private final String path;
    private String caption = "";
    private String forwardCaption;
    private Integer cause;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();
    private final Map<String, Object> carried = new LinkedHashMap<>();

    private Request(String from, String to, String method, String path) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    public static Request get(String from, String to, String path) {
        return new Request(from, to, "GET", path);
    }

    public static Request post(String from, String to, String path) {
        return new Request(from, to, "POST", path);
    }

    public static Request of(String method, String from, String to, String path) {
        return new Request(from, to, method, path);
    }

    /** What the first hop's event says. */
    public Request caption(String text) {
        this.caption = text;
        return this;
    }

    /** What each forwarded hop says (default: "{relay} forwards {method} {path}"). */
    public Request forwardCaption(String text) {
        this.forwardCaption = text;
        return this;
    }

    /** The event that made the sender send this (an attack step, a redirect it follows). */
    public Request causedBy(Integer seq) {
        this.cause = seq;
        return this;
    }

    /** A fact shown in the trace on every hop ({@code client_id}, {@code scope}). */
    public Request data(String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
        return this;
    }

    public Request data(Map<String, ?> values) {
        values.forEach(this::data);
        return this;
    }

    /** Something real the request shows on every hop (the bearer token, a signed body). */
    public Request artifact(Artifact artifact) {
        artifacts.add(artifact);
        return this;
    }

    /** Something the receiving guards and handler read; not recorded unless also shown. */
    public Request carry(String name, Object value) {
        if (value != null) {
            carried.put(name, value);
        }
        return this;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String line() {
        return method + " " + path;
    }

    String caption() {
        return caption;
    }

    Optional<String> forwardCaption() {
        return Optional.ofNullable(forwardCaption);
    }

    Integer cause() {
        return cause;
    }

    Map<String, Object> data() {
        return data;
    }

    List<Artifact> artifacts() {
        return artifacts;
    }

    /** The carried value {@code name}, if the sender put one in. */
    public <T> Optional<T> carried(String name, Class<T> type) {
        Object v = carried.get(name);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }
}
