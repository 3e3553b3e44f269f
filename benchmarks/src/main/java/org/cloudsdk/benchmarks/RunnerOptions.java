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
 * </pre>
 *
 * @param scale the data set multiplier
 * @param tasks the tasks to run
 * @param repeat the runs per measurement, or 0 for each task's default
 * @param results the results directory
 * @param work the working directory
 * @param timeout the per-process time limit
 * @param cliJvm whether Java contenders start as a command-line tool would ship them
 */
public record RunnerOptions(double scale, Set<Task> tasks, int repeat, Path results, Path work, Duration timeout,
        boolean cliJvm) {

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
        tasks = Set.copyOf(tasks);
    }

    /**
     * @param task a task
     * @return how many runs each of its measurements takes
     */
    public int samples(Task task) {
        return repeat > 0 ? repeat : task.defaultRuns();
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
                default -> throw new IllegalArgumentException("unknown option " + option + "; known: "
                        + Arrays.asList("--scale", "--only", "--repeat", "--results", "--work", "--timeout", "--jvm"));
            }
        }
        return new RunnerOptions(scale, tasks, repeat, results, work, timeout, cliJvm);
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
