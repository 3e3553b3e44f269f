package org.cloudsdk.benchmarks.compute;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.cloudsdk.benchmarks.compute.ComputeOptions.Measure;

/**
 * {@code benchmarks/run.sh compute}: compute's hot paths measured inside one JVM, cloud-sdk beside
 * openstack4j, against a {@link NovaStub} on 127.0.0.1: listing every server, a thousand
 * concurrent waits for ACTIVE, and reading server JSON into records (no stub). Each library is
 * warmed up by untimed iterations first; every figure is the median (min – max) of the timed ones.
 * Prints the Markdown tables and writes them to {@code benchmarks/results/compute-<time>.md}.
 *
 * <p>Bounded: every wait has a deadline, every listing a page bound, and the whole run a time limit
 * after which the process ends with exit code 3.
 */
public final class ComputeBenchmark {

    /** How many times an iteration of the JSON measurement reads the page. */
    static final int JSON_PAGES_PER_ITERATION = 20;
    /** Jetty's threads in the stub: more than the blocking waits need at once, so the stub never queues them. */
    static final int STUB_THREADS_MIN = 64;
    private static final Duration RUN_TIME_LIMIT = Duration.ofMinutes(20);
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** Keeps the last records read, so that the reading cannot be optimised away. */
    private static volatile List<?> lastRead;

    private ComputeBenchmark() {
    }

    /** @param args see {@link ComputeOptions} */
    public static void main(String[] args) {
        ComputeOptions options;
        try {
            options = ComputeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compute benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(RUN_TIME_LIMIT.toMillis());
                System.err.println("compute benchmark: stopped after its time limit of " + RUN_TIME_LIMIT.toMinutes()
                        + " minutes");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                // the run ended in time
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int exit = 0;
        try {
            ComputeReport report = run(options, System.out);
            String markdown = report.markdown(("benchmarks/run.sh compute " + String.join(" ", args)).strip());
            System.out.println();
            System.out.println(markdown);
            Path file = write(options.results(), markdown);
            System.out.println("written to " + file);
        } catch (Exception e) {
            System.err.println("compute benchmark failed: " + e);
            e.printStackTrace();
            exit = 1;
        }
        watchdog.interrupt();
        // the libraries' non-daemon threads (Netty, RESTEasy) must not keep a finished run alive
        System.exit(exit);
    }

    /**
     * Runs the measurements the options ask for.
     *
     * @param options the options
     * @param log where progress goes, one line per iteration
     * @return the figures
     * @throws Exception when a library fails or does not do the whole work (a listing short of a
     *     server, a wait that does not end ACTIVE)
     */
    public static ComputeReport run(ComputeOptions options, PrintStream log) throws Exception {
        ComputeReport report = new ComputeReport(options);
        Chosen measurements = new Chosen(options);
        if (measurements.list || measurements.waits) {
            int stubThreads = Math.max(STUB_THREADS_MIN, Math.min(options.waits() + 16, 1024));
            try (NovaStub stub = new NovaStub(options.servers(), options.maxLimit(), options.activeAfter(),
                    options.seed(), stubThreads)) {
                List<Function<NovaStub, ComputeContender>> contenders = List.of(SdkContender::new,
                        s -> new Openstack4jContender(s, options.maxLimit(), options.waits()));
                for (Function<NovaStub, ComputeContender> open : contenders) {
                    try (ComputeContender contender = open.apply(stub)) {
                        if (measurements.list) {
                            report.add(listing(contender, stub, options, log));
                        }
                        if (measurements.waits) {
                            report.add(waits(contender, stub, options, log), slowestDelay(options));
                        }
                    }
                }
            }
        }
        if (measurements.json) {
            json(options, report, log);
        }
        return report;
    }

    /** Which measurements the options ask for. */
    private record Chosen(boolean list, boolean waits, boolean json) {
        Chosen(ComputeOptions options) {
            this(options.measurements().contains(Measure.LIST), options.measurements().contains(Measure.WAITS),
                    options.measurements().contains(Measure.JSON));
        }
    }

    private static ComputeReport.Listing listing(ComputeContender contender, NovaStub stub, ComputeOptions options,
            PrintStream log) throws InterruptedException {
        Samples seconds = new Samples();
        Samples allocated = new Samples();
        Samples cpu = new Samples();
        Samples gc = new Samples();
        Samples requests = new Samples();
        int peak = 0;
        int live = 0;
        int listed = 0;
        long retained = 0;
        for (int i = 0; i < options.warmup() + options.iterations(); i++) {
            boolean timed = i >= options.warmup();
            stub.resetRequests();
            ClientThreads meter = ClientThreads.start();
            long start = System.nanoTime();
            List<?> servers = contender.listAll();
            double elapsed = (System.nanoTime() - start) / 1e9;
            ClientThreads.Usage usage = meter.stop();
            List<String> ids = servers.stream().map(contender::idOf).toList();
            if (i == options.warmup() + options.iterations() - 1) {
                // what the listing's result holds on the heap: used heap after a full GC with it, then without
                long with = HeapAfterGc.used();
                java.lang.ref.Reference.reachabilityFence(servers);
                servers = null;
                retained = with - HeapAfterGc.used();
            }
            // the stub counts a request once its answer is sent, a moment after the client has it
            Thread.sleep(20);
            long sent = stub.requests();
            checkListing(contender.name(), ids, options.servers());
            log.printf(Locale.ROOT, "%s list%s: %.3f s, %.3f s CPU, %d ms GC, %s allocated, %d requests, %d/%d threads%n",
                    contender.name(), timed ? "" : " (warm-up)", elapsed, usage.cpuNanos() / 1e9,
                    usage.gcMillis(), Samples.bytes(usage.allocatedBytes()), sent,
                    usage.liveThreads(), usage.peakThreads());
            if (timed) {
                seconds.add(elapsed);
                allocated.add(usage.allocatedBytes());
                cpu.add(usage.cpuNanos() / 1e9);
                gc.add(usage.gcMillis() / 1e3);
                requests.add(sent);
                peak = Math.max(peak, usage.peakThreads());
                live = usage.liveThreads();
                listed = ids.size();
            }
        }
        return new ComputeReport.Listing(contender.name(), contender.pagingNote(), seconds, allocated, cpu, gc, requests,
                retained, live,
                peak, listed);
    }

    private static void checkListing(String library, List<String> ids, int servers) {
        if (ids.size() != servers || new java.util.HashSet<>(ids).size() != servers
                || !ids.get(servers - 1).equals(ServerJson.listedId(servers - 1))) {
            throw new IllegalStateException(library + " listed " + ids.size() + " servers (" + new java.util.HashSet<>(ids)
                    .size() + " distinct), not the " + servers + " the stub holds");
        }
    }

    private static ComputeReport.Waits waits(ComputeContender contender, NovaStub stub, ComputeOptions options,
            PrintStream log) throws Exception {
        Duration timeout = Duration.ofMillis(options.activeAfter().maxMillis()).plusSeconds(60);
        Samples seconds = new Samples();
        Samples requests = new Samples();
        Samples allocated = new Samples();
        Samples cpu = new Samples();
        Samples gc = new Samples();
        int peak = 0;
        int active = 0;
        for (int i = 0; i < options.warmup() + options.iterations(); i++) {
            boolean timed = i >= options.warmup();
            contender.create(RUNS.incrementAndGet(), options.waits());
            stub.resetRequests();
            ClientThreads meter = ClientThreads.start();
            long start = System.nanoTime();
            int reached = contender.awaitActive(timeout);
            double elapsed = (System.nanoTime() - start) / 1e9;
            ClientThreads.Usage usage = meter.stop();
            Thread.sleep(20);
            long sent = stub.requests();
            if (reached != options.waits()) {
                throw new IllegalStateException(contender.name() + ": " + reached + " of " + options.waits()
                        + " waits ended ACTIVE");
            }
            log.printf(Locale.ROOT, "%s waits%s: %.2f s, %d requests, %.2f s CPU, %d ms GC, %s allocated, %d peak threads%n",
                    contender.name(), timed ? "" : " (warm-up)", elapsed, sent, usage.cpuNanos() / 1e9,
                    usage.gcMillis(), Samples.bytes(usage.allocatedBytes()), usage.peakThreads());
            if (timed) {
                seconds.add(elapsed);
                requests.add(sent);
                allocated.add(usage.allocatedBytes());
                cpu.add(usage.cpuNanos() / 1e9);
                gc.add(usage.gcMillis() / 1e3);
                peak = Math.max(peak, usage.peakThreads());
                active = reached;
            }
        }
        return new ComputeReport.Waits(contender.name(), contender.waitingNote(), seconds, requests, allocated, cpu, gc,
                peak,
                active);
    }

    /** @return when the last of the waited servers becomes ACTIVE after its first poll */
    static long slowestDelay(ComputeOptions options) {
        long slowest = 0;
        for (int n = 0; n < options.waits(); n++) {
            slowest = Math.max(slowest, NovaStub.delayMillis(n, options.activeAfter(), options.seed()));
        }
        return slowest;
    }

    private static void json(ComputeOptions options, ComputeReport report, PrintStream log) {
        int records = Math.min(NovaStub.NOVA_MAX_LIMIT, options.servers());
        byte[] page = NovaStub.page("http://127.0.0.1:8774", 0, records, records, null)
                .getBytes(StandardCharsets.UTF_8);
        for (JsonReaders.Reader reader : JsonReaders.all()) {
            Samples perSecond = new Samples();
            Samples perCpuSecond = new Samples();
            Samples perRecord = new Samples();
            for (int i = 0; i < options.warmup() + options.iterations(); i++) {
                boolean timed = i >= options.warmup();
                long allocatedBefore = ClientThreads.currentThreadAllocated();
                long cpuBefore = ClientThreads.currentThreadCpu();
                long start = System.nanoTime();
                long read = 0;
                for (int p = 0; p < JSON_PAGES_PER_ITERATION; p++) {
                    List<?> servers = reader.read(page);
                    read += servers.size();
                    lastRead = servers;
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                double cpu = (ClientThreads.currentThreadCpu() - cpuBefore) / 1e9;
                long allocated = ClientThreads.currentThreadAllocated() - allocatedBefore;
                if (read != (long) records * JSON_PAGES_PER_ITERATION) {
                    throw new IllegalStateException(reader.name() + " read " + read + " records");
                }
                log.printf(Locale.ROOT, "json%s: %,.0f records/s, %,.0f per CPU s, %s per record: %s%n",
                        timed ? "" : " (warm-up)", read / elapsed, read / cpu, Samples.bytes((double) allocated / read),
                        reader.name());
                if (timed) {
                    perSecond.add(read / elapsed);
                    perCpuSecond.add(read / cpu);
                    perRecord.add((double) allocated / read);
                }
            }
            report.add(new ComputeReport.JsonReading(reader.name(), perSecond, perCpuSecond, perRecord), page.length, records);
        }
    }

    private static Path write(Path directory, String markdown) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("compute-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        return file;
    }
}
