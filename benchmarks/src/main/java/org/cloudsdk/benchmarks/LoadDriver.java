package org.cloudsdk.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * The load task's loop, the same for every library: {@code threads} threads share {@code calls}
 * numbered calls; even numbers HEAD an object, odd numbers GET it whole. Objects are taken round
 * robin from the container's listing, read once before the clock of the loop starts. While the
 * loop runs, the process's established TCP connections are counted ({@link OpenConnections}): a
 * library's pool bound is checked by that peak.
 */
public final class LoadDriver {

    /** One library's two calls. */
    public interface Client {
        /**
         * HEAD one object.
         *
         * @param object its name
         * @throws Exception when the call fails
         */
        void head(String object) throws Exception;

        /**
         * GET one object and read its whole body.
         *
         * @param object its name
         * @return the bytes read
         * @throws Exception when the call fails
         */
        long get(String object) throws Exception;
    }

    /**
     * @param calls the calls made
     * @param errors the calls that failed
     * @param bytes the body bytes read by the GETs
     * @param elapsed the loop's time (the process's whole time is what the runner measures)
     * @param firstError the first failure, or null
     * @param peakConnections the most established TCP connections of the process during the loop
     *     (-1 when they cannot be counted)
     */
    public record Outcome(int calls, long errors, long bytes, Duration elapsed, String firstError,
            int peakConnections) {

        /** Prints the RESULT line. */
        public void report() {
            double seconds = elapsed.toNanos() / 1e9;
            CommandLine.result("calls", calls, "errors", errors, "bytes", bytes, "loopSeconds", seconds,
                    "callsPerSecond", calls / Math.max(seconds, 1e-9), "peakConnections", peakConnections);
            if (firstError != null) {
                System.err.println("first error: " + firstError);
            }
        }

        /** @return the exit code: failed when any call failed */
        public int exitCode() {
            return errors == 0 ? CommandLine.EXIT_OK : CommandLine.EXIT_FAILED;
        }
    }

    private LoadDriver() {
    }

    /**
     * @param objects the objects to call, round robin
     * @param threads the threads
     * @param calls the calls in all
     * @param client the library
     * @return what happened
     * @throws InterruptedException when interrupted
     */
    public static Outcome run(List<String> objects, int threads, int calls, Client client)
            throws InterruptedException {
        if (objects.isEmpty()) {
            throw new IllegalStateException("the load container holds no object");
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        OpenConnections connections = OpenConnections.sample();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = IntStream.range(0, threads).<Future<?>>mapToObj(t -> pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                    String object = objects.get(i % objects.size());
                    try {
                        if (i % 2 == 0) {
                            client.head(object);
                        } else {
                            bytes.addAndGet(client.get(object));
                        }
                    } catch (Exception | Error e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            })).toList();
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a load thread died", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            connections.close();
        }
        return new Outcome(calls, errors.get(), bytes.get(), Duration.ofNanos(System.nanoTime() - start),
                firstError.get(), connections.peak());
    }
}
