package org.cloudsdk.wait;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handle whose reloads follow a script: each poll takes the next step (the last step repeats),
 * a status, a map of attributes, a failure, or {@link #HANG} (a reload that never answers). It
 * counts the reloads and remembers the threads that reloaded and read attributes.
 */
final class FakeResource implements Waitable<FakeResource> {

    /** A step whose reload never completes on its own. */
    static final Object HANG = new Object() {
        @Override
        public String toString() {
            return "HANG";
        }
    };

    /** The shared state of every snapshot of one resource. */
    static final class Script {

        private final List<Object> steps;
        private final Executor answers;
        final AtomicInteger reloads = new AtomicInteger();
        final Set<String> reloadThreads = ConcurrentHashMap.newKeySet();
        final Set<String> attributeThreads = ConcurrentHashMap.newKeySet();
        final List<CompletableFuture<FakeResource>> futures = new CopyOnWriteArrayList<>();

        /**
         * @param answers where the reloads complete (as the transport's event loop would), or null
         *     to complete them on the reloading thread
         * @param steps the steps
         */
        Script(Executor answers, Object... steps) {
            this.steps = List.of(steps);
            this.answers = answers;
        }

        Object step(int poll) {
            return steps.get(Math.min(poll, steps.size() - 1));
        }

        /** @return the reload future of the given poll (0-based) */
        CompletableFuture<FakeResource> future(int poll) {
            return futures.get(poll);
        }
    }

    private final String id;
    private final Map<String, Object> attributes;
    private final Script script;

    private FakeResource(String id, Map<String, Object> attributes, Script script) {
        this.id = id;
        this.attributes = attributes;
        this.script = script;
    }

    /** @return the starting handle of a server with status BUILD */
    static FakeResource server(String id, Script script) {
        return new FakeResource(id, Map.of("status", "BUILD"), script);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<Object> attribute(String name) {
        script.attributeThreads.add(Thread.currentThread().getName());
        return Optional.ofNullable(attributes.get(name));
    }

    @Override
    public String resourceType() {
        return "server";
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<FakeResource> reloadAsync() {
        int poll = script.reloads.getAndIncrement();
        script.reloadThreads.add(Thread.currentThread().getName());
        Object step = script.step(poll);
        CompletableFuture<FakeResource> future = new CompletableFuture<>();
        script.futures.add(future);
        if (step == HANG) {
            return future;
        }
        Runnable answer = () -> {
            if (step instanceof Throwable failure) {
                future.completeExceptionally(failure);
            } else if (step instanceof Map<?, ?> map) {
                future.complete(new FakeResource(id, (Map<String, Object>) map, script));
            } else {
                future.complete(new FakeResource(id, Map.of("status", step), script));
            }
        };
        if (script.answers == null) {
            answer.run();
        } else {
            script.answers.execute(answer);
        }
        return future;
    }

    @Override
    public String toString() {
        return "FakeResource[" + id + ", " + attributes + "]";
    }
}
