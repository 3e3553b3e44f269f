package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The runner's command line.
 *
 * <pre>
 * --scale x      multiply every data set size by x (default 1; 0.05 for a smoke run)
 * --only a,b     run only these tasks (sync, resync, upload, download, load, list, iterate);
 *                resync needs the containers sync fills, so it brings sync along
 * --repeat n     run each measurement n times and report the median (default: each task's own,
 *                3 for resync, upload, download and list, 1 for the others)
 * --results dir  where the table and the CSV go (default benchmarks/results)
 * --work dir     where data sets and logs go (default /tmp/cloud-sdk-bench)
 * --timeout s    the longest one contender's process may run, in seconds (default 900)
 * --jvm plain|cli  how the Java contenders' JVMs start: plain (the JVM's defaults), or as a
 *                command-line tool would ship them: a class-data sharing archive of the contender's
 *                own training run and the C1 compiler only (default plain; see ClassDataSharing)
 * --mode process|warm  process (default): every run is a whole process, timed start to exit;
 *                warm: one process per Java contender and task repeats the task on one client after
 *                untimed runs, against the machine's floor for the same work (MachineFloor)
 * --warmup n     the untimed runs before a warm measurement (default: each task's own)
 * </pre>
 *
 * @param scale the data set multiplier
 * @param tasks the tasks to run
 * @param repeat the runs per measurement, or 0 for each task's default
 * @param results the results directory
 * @param work the working directory
 * @param timeout the per-process time limit
 * @param cliJvm whether Java contenders start as a command-line tool would ship them
 * @param mode how the contenders are timed
 * @param warmup the untimed runs of a warm measurement, or -1 for each task's default
 */
public record RunnerOptions(double scale, Set<Task> tasks, int repeat, Path results, Path work, Duration timeout,
        boolean cliJvm, Mode mode, int warmup) {

    /** Validates the values. */
    public RunnerOptions {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 10, was " + scale);
        }
        if (repeat < 0 || repeat > 25) {
            throw new IllegalArgumentException("--repeat must be 1 to 25, was " + repeat);
        }
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no task selected");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        if (warmup < -1 || warmup > 25) {
            throw new IllegalArgumentException("--warmup must be 0 to 25, was " + warmup);
        }
        if (mode == Mode.WARM && cliJvm) {
            throw new IllegalArgumentException("--jvm cli shortens a process's start, which --mode warm does not time: "
                    + "use one of them");
        }
        if (mode == Mode.PROCESS && warmup >= 0) {
            throw new IllegalArgumentException("--warmup needs --mode warm");
        }
        Set<Task> measured = tasks.stream().filter(task -> task.runsIn(mode)).collect(java.util.stream.Collectors.toSet());
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("no task of " + tasks.stream().map(Task::id).sorted().toList()
                    + " is measured in " + mode.name().toLowerCase(java.util.Locale.ROOT) + " mode");
        }
        tasks = Set.copyOf(measured);
    }

    /**
     * @param task a task
     * @return how many timed runs each of its measurements takes
     */
    public int samples(Task task) {
        return repeat > 0 ? repeat : task.defaultRuns(mode);
    }

    /**
     * @param task a task
     * @return the untimed runs before a warm measurement of it
     */
    public int warmupRuns(Task task) {
        return warmup >= 0 ? warmup : task.defaultWarmup();
    }

    /** @return whether the contenders are timed warm */
    public boolean warm() {
        return mode == Mode.WARM;
    }

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException naming what is wrong
     */
    public static RunnerOptions parse(String... args) {
        double scale = 1;
        EnumSet<Task> tasks = EnumSet.allOf(Task.class);
        int repeat = 0;
        Path results = Path.of("benchmarks", "results");
        Path work = Path.of("/tmp", "cloud-sdk-bench");
        Duration timeout = Duration.ofSeconds(900);
        boolean cliJvm = false;
        Mode mode = Mode.PROCESS;
        int warmup = -1;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--scale" -> scale = number(option, value);
                case "--only" -> {
                    tasks = EnumSet.noneOf(Task.class);
                    for (String id : value.split(",")) {
                        tasks.add(Task.of(id));
                    }
                    if (tasks.contains(Task.RESYNC)) {
                        tasks.add(Task.SYNC);
                    }
                }
                case "--repeat" -> {
                    repeat = (int) whole(option, value);
                    if (repeat < 1) {
                        throw new IllegalArgumentException("--repeat must be 1 to 25, was " + repeat);
                    }
                }
                case "--results" -> results = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--timeout" -> timeout = Duration.ofSeconds(whole(option, value));
                case "--jvm" -> cliJvm = switch (value) {
                    case "cli" -> true;
                    case "plain" -> false;
                    default -> throw new IllegalArgumentException("--jvm must be plain or cli, was '" + value + "'");
                };
                case "--mode" -> mode = switch (value) {
                    case "process" -> Mode.PROCESS;
                    case "warm" -> Mode.WARM;
                    default -> throw new IllegalArgumentException("--mode must be process or warm, was '" + value
                            + "'");
                };
                case "--warmup" -> warmup = (int) whole(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option + "; known: "
                        + Arrays.asList("--scale", "--only", "--repeat", "--results", "--work", "--timeout", "--jvm",
                                "--mode", "--warmup"));
            }
        }
        return new RunnerOptions(scale, tasks, repeat, results, work, timeout, cliJvm, mode, warmup);
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + value + "'", e);
        }
    }

    private static long whole(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was '" + value + "'", e);
        }
    }

    /**
     * @param task a task
     * @return whether it runs
     */
    public boolean runs(Task task) {
        return tasks.contains(task);
    }
}
