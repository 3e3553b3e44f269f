package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.benchmarks.Contender.Role;
import org.cloudsdk.benchmarks.Measurement.Status;
import org.jspecify.annotations.Nullable;

/**
 * Runs the whole benchmark against the local cloud: prepares the data sets, times every contender
 * on every task as a whole process (start to exit), checks each outcome (object counts, sizes,
 * errors), and prints and writes the table ({@code benchmark-<timestamp>.md} and {@code .csv}).
 * See {@link RunnerOptions} for the command line and {@code docs/performance.md} for the method.
 *
 * <p>Bounded: each process has a time limit and every task a fixed number of runs; the runner
 * deletes the containers it filled (not the listing container, which is kept between runs because
 * creating it is the slowest part of a run).
 */
public final class BenchmarkRunner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RunnerOptions options;
    private final Workload workload;
    private final SwiftFixtures fixtures;
    private final List<Contender> contenders;
    private final Path logs;
    private final List<Measurement> measurements = new ArrayList<>();

    private BenchmarkRunner(RunnerOptions options, Workload workload, SwiftFixtures fixtures,
            List<Contender> contenders, Path logs) {
        this.options = options;
        this.workload = workload;
        this.fixtures = fixtures;
        this.contenders = contenders;
        this.logs = logs;
    }

    /** @param args see {@link RunnerOptions} */
    public static void main(String[] args) throws Exception {
        RunnerOptions options;
        try {
            options = RunnerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: BenchmarkRunner [--scale x] [--only sync,resync,upload,download,load,list,"
                    + "iterate] [--repeat n] [--results dir] [--work dir] [--timeout seconds] [--jvm plain|cli] "
                    + "[--mode process|warm] [--warmup n]");
            System.exit(CommandLine.EXIT_USAGE);
            return;
        }
        String stamp = LocalDateTime.now().format(STAMP);
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        CloudAccount account = CloudAccount.load();
        Workload workload = Workload.scaled(options.scale(), options.work());
        Path logs = workload.logs().resolve(stamp);
        ResultTable table;
        try (SwiftFixtures fixtures = new SwiftFixtures(account)) {
            List<Contender> contenders = contenders(account, fixtures, workload, options);
            if (options.cliJvm()) {
                contenders = withArchives(contenders, workload, fixtures, logs, options.timeout());
            }
            BenchmarkRunner runner = new BenchmarkRunner(options, workload, fixtures, contenders, logs);
            table = runner.runAll();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        String report = report(args, workload, table, total, loadBefore, logs, stamp, options);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(options.results());
        Path markdown = options.results().resolve("benchmark-" + stamp + ".md");
        Files.writeString(markdown, report);
        Files.writeString(options.results().resolve("benchmark-" + stamp + ".csv"), table.csv());
        System.out.println("written: " + markdown + " (and .csv); process logs in " + logs);
    }

    private static List<Contender> contenders(CloudAccount account, SwiftFixtures fixtures, Workload workload,
            RunnerOptions options) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        Path header = workload.work().resolve("token-header");
        Files.createDirectories(workload.work());
        Files.deleteIfExists(header);
        Files.createFile(header, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(header, "X-Auth-Token: " + fixtures.token() + "\n");
        if (options.warm()) {
            JavaContender.WarmLoop loop = new JavaContender.WarmLoop(options::warmupRuns, options::samples);
            return List.of(new MachineFloor(fixtures.storageUrl(), header),
                    new JavaContender("sdk", "cloud-sdk", Role.SDK, SdkCli.class, java, classpath).warm(loop),
                    new JavaContender("openstack4j", "openstack4j 3.12", Role.PEER, Openstack4jCli.class, java,
                            classpath).warm(loop),
                    new JavaContender("jclouds", "jclouds 2.7.0", Role.PEER, JcloudsCli.class, java, classpath)
                            .warm(loop));
        }
        return List.of(
                RcloneContender.putCeiling(account.rcloneConfig()),
                new CurlCeiling(fixtures.storageUrl(), header),
                new JavaContender("sdk", "cloud-sdk", Role.SDK, SdkCli.class, java, classpath),
                new SwiftCliContender(openrc(account.openrc())),
                RcloneContender.peer(account.rcloneConfig()),
                new JavaContender("openstack4j", "openstack4j 3.12", Role.PEER, Openstack4jCli.class, java,
                        classpath),
                new JavaContender("jclouds", "jclouds 2.7.0", Role.PEER, JcloudsCli.class, java, classpath));
    }

    private static List<Contender> withArchives(List<Contender> contenders, Workload workload, SwiftFixtures fixtures,
            Path logs, Duration timeout) throws IOException, InterruptedException {
        List<Contender> trained = new ArrayList<>();
        for (Contender contender : contenders) {
            trained.add(contender instanceof JavaContender java
                    ? ClassDataSharing.train(java, workload, fixtures, logs, timeout) : contender);
        }
        return trained;
    }

    /** @return the {@code export NAME=value} lines of an openrc file */
    static Map<String, String> openrc(Path file) throws IOException {
        Map<String, String> environment = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("export ") && trimmed.contains("=")) {
                String assignment = trimmed.substring(7);
                int equals = assignment.indexOf('=');
                String value = assignment.substring(equals + 1);
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                environment.put(assignment.substring(0, equals), value);
            }
        }
        return environment;
    }

    private ResultTable runAll() throws Exception {
        for (Task task : Task.values()) {
            if (options.runs(task)) {
                prepare(task);
                measurements.addAll(measureInTurns(task));
                cleanUpAfter(task);
            }
        }
        return new ResultTable(measurements, options.mode());
    }

    private void prepare(Task task) throws Exception {
        long start = System.nanoTime();
        switch (task) {
            case SYNC -> DataSets.folder(workload.syncFolder(), workload.syncFiles(), Workload.SMALL_FILE_BYTES);
            case UPLOAD -> {
                DataSets.bigFile(workload.bigFile(), workload.bigFileBytes());
                fixtures.recreateEmpty(Workload.UPLOAD_CONTAINER);
            }
            case DOWNLOAD -> {
                DataSets.bigFile(workload.bigFile(), workload.bigFileBytes());
                fixtures.ensureDownloadObject(Workload.DOWNLOAD_CONTAINER, Workload.DOWNLOAD_OBJECT,
                        workload.bigFile(), workload.bigFileBytes());
            }
            case LOAD -> fixtures.ensureLoadContainer(Workload.LOAD_CONTAINER, Workload.LOAD_OBJECTS,
                    Workload.SMALL_FILE_BYTES);
            case LIST -> fixtures.ensureListContainer(workload.listContainer(), workload.listObjects());
            case RESYNC -> {
                if (options.warm()) {
                    DataSets.folder(workload.syncFolder(), workload.syncFiles(), Workload.SMALL_FILE_BYTES);
                    fixtures.ensureSynced(workload.syncFolder(), workload.sharedSyncContainer(), workload.syncFiles());
                }
                // in processes, RESYNC works on what SYNC left
            }
            case ITERATE -> {
                // ITERATE brings its own server
            }
        }
        System.out.printf(Locale.ROOT, "[%s] prepared in %.1f s%n", task.id(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs every contender's runs of one task in turns (run 1 of each, then run 2 of each...), so
     * that a change of the machine's load during the task (Swift's background work, another
     * process) falls on every contender alike instead of on whichever ran first.
     */
    private List<Measurement> measureInTurns(Task task) throws Exception {
        List<Series> series = new ArrayList<>();
        for (Contender contender : contenders) {
            series(task, contender).ifPresent(series::add);
        }
        int turns = series.stream().mapToInt(one -> one.runs).max().orElse(0);
        for (int run = 1; run <= turns; run++) {
            for (Series one : series) {
                one.run(run);
            }
        }
        List<Measurement> done = new ArrayList<>();
        for (Series one : series) {
            done.add(report(one.result()));
        }
        return done;
    }

    /** @return the contender's runs of the task; empty when the contender leaves the task out */
    private Optional<Series> series(Task task, Contender contender) {
        Plan plan = contender.plan(task, workload);
        if (plan instanceof Plan.Omit) {
            return Optional.empty();
        }
        if (plan instanceof Plan.NotApplicable na) {
            return Optional.of(new Series(task, contender, Status.NOT_APPLICABLE, na.reason()));
        }
        if (task == Task.RESYNC) {
            Optional<Measurement> sync = measurements.stream().filter(m -> m.task() == Task.SYNC
                    && m.contender() == contender).findFirst();
            if (sync.isPresent() && !sync.get().ok()) {
                return Optional.of(new Series(task, contender, Status.NOT_APPLICABLE,
                        sync.get().status() == Status.NOT_APPLICABLE ? sync.get().note() : "its sync failed"));
            }
        }
        // a warm Java contender repeats the task inside one process and times its runs itself
        boolean timesItself = options.warm() && contender.javaLibrary();
        int untimed = options.warm() && !timesItself ? options.warmupRuns(task) : 0;
        int runs = timesItself ? 1 : untimed + options.samples(task);
        return Optional.of(new Series(task, contender, ((Plan.Run) plan).invocation(), runs, untimed, timesItself));
    }

    /** One contender's runs of one task, taken one turn at a time; the first failure ends them. */
    private final class Series {

        private final Task task;
        private final Contender contender;
        private final @Nullable Invocation invocation;
        private final int runs;
        private final int untimed;
        private final boolean timesItself;
        private final List<Duration> samples = new ArrayList<>();
        private String note = "";
        private @Nullable Measurement ended;

        Series(Task task, Contender contender, Invocation invocation, int runs, int untimed, boolean timesItself) {
            this.task = task;
            this.contender = contender;
            this.invocation = invocation;
            this.runs = runs;
            this.untimed = untimed;
            this.timesItself = timesItself;
        }

        /** A contender that does not run the task: its result is known beforehand. */
        Series(Task task, Contender contender, Status status, String reason) {
            this.task = task;
            this.contender = contender;
            this.invocation = null;
            this.runs = 0;
            this.untimed = 0;
            this.timesItself = false;
            this.ended = new Measurement(task, contender, status, List.of(), reason);
        }

        void run(int run) throws Exception {
            if (ended != null || run > runs || invocation == null) {
                return;
            }
            before(task, contender);
            ProcessTimer.Outcome outcome = ProcessTimer.run(invocation,
                    logs.resolve(task.id() + "-" + contender.id() + "-" + run), options.timeout());
            Optional<String> unsupported = outcome.unsupported();
            if (outcome.exitCode() == CommandLine.EXIT_UNSUPPORTED || unsupported.isPresent()) {
                ended = new Measurement(task, contender, Status.NOT_APPLICABLE, List.of(),
                        unsupported.orElse("not supported"));
                return;
            }
            if (outcome.exitCode() != 0) {
                ended = new Measurement(task, contender, Status.FAILED, List.of(), outcome.failure());
                return;
            }
            Check check = check(task, contender, outcome);
            after(task, contender);
            if (!check.ok()) {
                ended = new Measurement(task, contender, Status.FAILED, List.of(), check.note());
                return;
            }
            if (timesItself) {
                samples.addAll(outcome.warmSamples());
            } else if (run > untimed) {
                samples.add(outcome.wall());
            }
            note = check.note();
        }

        Measurement result() {
            return ended != null ? ended : new Measurement(task, contender, Status.OK, samples, note);
        }
    }

    private Measurement report(Measurement m) {
        String time = m.ok() ? String.format(Locale.ROOT, "%.2f s", m.seconds()) : m.status().toString();
        System.out.printf(Locale.ROOT, "[%s] %-40s %12s  %s%n", m.task().id(), m.contender().label(), time, m.note());
        return m;
    }

    private void before(Task task, Contender contender) throws IOException {
        switch (task) {
            case SYNC -> fixtures.recreateEmpty(workload.syncContainer(contender.id()));
            case DOWNLOAD -> Files.deleteIfExists(workload.downloadTarget(contender.id()));
            default -> {
                // nothing to reset
            }
        }
    }

    private void after(Task task, Contender contender) throws IOException {
        if (task == Task.DOWNLOAD) {
            Files.deleteIfExists(workload.downloadTarget(contender.id()));
        }
        if (task == Task.UPLOAD) {
            // checked already; five stored copies of the big file would not fit the Swift device
            fixtures.deleteIfExists(Workload.UPLOAD_CONTAINER, workload.uploadObject(contender.id()));
        }
    }

    /**
     * @param ok whether the outcome is right
     * @param note what it did, or what is wrong
     */
    private record Check(boolean ok, String note) {
    }

    /** Checks what a run did, beyond its exit code, and describes it. */
    private Check check(Task task, Contender contender, ProcessTimer.Outcome outcome) throws IOException {
        Map<String, String> result = outcome.result();
        return switch (task) {
            case SYNC, RESYNC -> {
                long count = fixtures.count(options.warm() ? workload.sharedSyncContainer()
                        : workload.syncContainer(contender.id()));
                String uploaded = result.containsKey("uploaded") ? ", " + result.get("uploaded") + " uploaded" : "";
                yield new Check(count == workload.syncFiles(), count + " objects in the container" + uploaded);
            }
            case UPLOAD -> {
                long bytes = fixtures.bytes(Workload.UPLOAD_CONTAINER, workload.uploadObject(contender.id()));
                yield new Check(bytes == workload.bigFileBytes(), bytes + " bytes stored" + heapNote(task, contender));
            }
            case DOWNLOAD -> {
                Path target = workload.downloadTarget(contender.id());
                long bytes = Files.isRegularFile(target) ? Files.size(target) : -1;
                yield new Check(bytes == workload.bigFileBytes(), bytes + " bytes written" + heapNote(task, contender));
            }
            case LOAD -> {
                long calls = Long.parseLong(result.getOrDefault("calls", "-1"));
                long errors = Long.parseLong(result.getOrDefault("errors", "-1"));
                double perSecond = calls / (outcome.wall().toNanos() / 1e9);
                String rate = options.warm() ? "" : String.format(Locale.ROOT, "%.0f calls/s over the whole process, ",
                        perSecond);
                yield new Check(calls == workload.loadCalls() && errors == 0, String.format(Locale.ROOT,
                        "%d calls, %d errors, %s%s in the loop, at most %s TCP connections open", calls, errors, rate,
                        result.getOrDefault("callsPerSecond", "?") + " calls/s",
                        result.getOrDefault("peakConnections", "?")));
            }
            case LIST, ITERATE -> {
                if (contender instanceof MachineFloor) {
                    yield new Check(true, "every page fetched (curl -f)");
                }
                long expected = task == Task.LIST ? workload.listObjects() : workload.iterateEntries();
                long count = listed(contender, task, outcome);
                yield new Check(count == expected, count + " entries" + heapNote(task, contender));
            }
        };
    }

    private long listed(Contender contender, Task task, ProcessTimer.Outcome outcome) {
        Plan plan = contender.plan(task, workload);
        if (plan instanceof Plan.Run run && run.invocation().countsOnStdout()) {
            return outcome.stdoutLines();
        }
        return Long.parseLong(outcome.result().getOrDefault("count", "-1"));
    }

    private static String heapNote(Task task, Contender contender) {
        return contender instanceof JavaContender ? JavaContender.heap(task).map(flag -> ", " + flag).orElse("") : "";
    }

    private void cleanUpAfter(Task task) {
        long start = System.nanoTime();
        boolean syncDone = task == Task.RESYNC || task == Task.SYNC && !options.runs(Task.RESYNC);
        if (syncDone) {
            for (Contender contender : contenders) {
                if (measurements.stream().anyMatch(m -> m.task() == Task.SYNC && m.contender() == contender
                        && m.status() != Status.NOT_APPLICABLE) || contender.role() == Role.REFERENCE
                        && contender.plan(Task.SYNC, workload) instanceof Plan.Run) {
                    fixtures.deleteIfExists(workload.syncContainer(contender.id()));
                }
            }
        } else if (task == Task.UPLOAD) {
            fixtures.deleteIfExists(Workload.UPLOAD_CONTAINER);
        } else {
            return;
        }
        System.out.printf(Locale.ROOT, "[%s] cleaned up in %.1f s%n", task.id(), (System.nanoTime() - start) / 1e9);
    }

    private static String report(String[] args, Workload w, ResultTable table, Duration total, String loadBefore,
            Path logs, String stamp, RunnerOptions options) {
        Map<String, String> sizes = new LinkedHashMap<>();
        sizes.put("sync", String.format(Locale.ROOT, "%,d files of 4 KiB", w.syncFiles()));
        sizes.put("upload/download", String.format(Locale.ROOT, "one file of %,d bytes", w.bigFileBytes()));
        sizes.put("load", String.format(Locale.ROOT, "%d threads, %,d calls (HEAD and GET of 4 KiB objects)",
                w.loadThreads(), w.loadCalls()));
        sizes.put("list", String.format(Locale.ROOT, "%,d objects", w.listObjects()));
        sizes.put("iterate", String.format(Locale.ROOT, "%,d synthetic entries", w.iterateEntries()));
        StringBuilder text = new StringBuilder("# cloud-sdk benchmark " + stamp + "\n\n");
        text.append("Command: `benchmarks/run.sh").append(args.length == 0 ? "" : " " + String.join(" ", args))
                .append("`\n\n");
        sizes.forEach((task, size) -> text.append("- ").append(task).append(": ").append(size).append('\n'));
        text.append(String.format(Locale.ROOT, "- machine: %d cores; load average before %s, after %s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        text.append(String.format(Locale.ROOT, "- Java contenders: %s, %s%n", Runtime.version(), options.warm()
                ? "warm (--mode warm): one process per task repeats it on one client; the table shows the median "
                        + "of the timed runs after the untimed ones, the floor's runs likewise"
                : options.cliJvm()
                        ? "started as a command-line tool ships them (--jvm cli): the JDK's start-up archive of "
                                + "each one's own training run, C1 compiler only"
                        : "the JVM's defaults (--jvm plain)"));
        text.append(String.format(Locale.ROOT, "- whole run: %.0f s; process logs: %s%n%n", total.toNanos() / 1e9,
                logs));
        text.append(table.markdown());
        return text.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
