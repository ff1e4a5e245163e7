package dev.trustflow.app.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of work for a {@link TaskRunner}: what to compute off the FX thread, and what to do with the
 * result or with an error of a given type once back on the FX thread. Errors no handler claims go to the
 * runner's fallback (which logs them and shows a short message).
 *
 * @param <T> what the work produces
 */
public final class BackgroundJob<T> {

    private final String name;
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private final List<TypedHandler<?>> errorHandlers = new ArrayList<>();
    private Runnable andFinally = () -> { };

    private BackgroundJob(String name, Callable<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Work named for logs and error messages ("run jwt-anatomy", "open trace.json"). */
    public static <T> BackgroundJob<T> of(String name, Callable<T> work) {
        return new BackgroundJob<>(name, work);
    }

    public BackgroundJob<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Handles errors of {@code type} (and its subtypes); the first matching handler, in the order added, wins. */
    public <E extends Throwable> BackgroundJob<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new TypedHandler<>(type, handler));
        return this;
    }

    /** Runs after the success or error handler, whichever ran. */
    public BackgroundJob<T> andFinally(Runnable handler) {
        this.andFinally = Objects.requireNonNull(handler, "handler");
        return this;
    }

    public String name() {
        return name;
    }

    /** Runs the work on the calling thread; runners call this on a worker thread. */
    T compute() throws Exception {
        return work.call();
    }

    /** Delivers the result; runners call this on the FX thread. */
    void succeed(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            andFinally.run();
        }
    }

    /**
     * Delivers an error to the first handler of a matching type; runners call this on the FX thread.
     *
     * @return false if no handler claimed it (the runner's fallback then reports it)
     */
    boolean fail(Throwable error) {
        try {
            for (TypedHandler<?> handler : errorHandlers) {
                if (handler.handles(error)) {
                    handler.handle(error);
                    return true;
                }
            }
            return false;
        } finally {
            andFinally.run();
        }
    }

    private record TypedHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handles(Throwable error) {
            return type.isInstance(error);
        }

        void handle(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
