package org.cloudsdk.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The shared shape of the benchmark entry points: {@code <program> <subcommand> <args...>}, one
 * task per process, one {@code RESULT} line on standard output, and an exit code the runner reads.
 *
 * <p>The library's client is opened once per process and serves every run of the task. By
 * default the task runs once (the process is what the runner times). With
 * {@code -Dbench.warmup=w -Dbench.iterations=n} it runs {@code w} untimed times and then {@code n}
 * timed times on the same client, as a long-running application would, and prints
 * {@code WARM seconds=s1,s2,...}: the runner's warm mode reads those instead of the process's time.
 *
 * @param <C> the library's client
 */
public final class CommandLine<C extends AutoCloseable> {

    /** The task was done. */
    public static final int EXIT_OK = 0;
    /** The task failed (an exception, a wrong count, errors under load). */
    public static final int EXIT_FAILED = 1;
    /** The arguments were wrong. */
    public static final int EXIT_USAGE = 2;
    /** The library cannot do the task on this cloud: reported as "n/a". */
    public static final int EXIT_UNSUPPORTED = 3;

    /** The system property with the untimed runs of a warm process. */
    public static final String WARMUP_PROPERTY = "bench.warmup";
    /** The system property with the timed runs of a warm process. */
    public static final String ITERATIONS_PROPERTY = "bench.iterations";
    /** The prefix of the line with a warm process's timed runs. */
    public static final String WARM_PREFIX = "WARM seconds=";

    /**
     * Opens the library's client.
     *
     * @param <C> the client
     */
    @FunctionalInterface
    public interface Opener<C> {
        /**
         * @return a client, closed when the process's runs are over
         * @throws Exception when it cannot be opened
         */
        C open() throws Exception;
    }

    /**
     * The body of one subcommand.
     *
     * @param <C> the library's client
     */
    @FunctionalInterface
    public interface Action<C> {
        /**
         * @param client the process's client
         * @param args the subcommand's arguments, as many as it declared
         * @return the exit code
         * @throws Exception any failure, reported and turned into {@link #EXIT_FAILED}
         */
        int run(C client, List<String> args) throws Exception;
    }

    /** What a run needs done first, untimed: deleting the previous run's download, say. */
    @FunctionalInterface
    public interface Reset {
        /**
         * @param args the subcommand's arguments
         * @throws Exception when it cannot be done
         */
        void run(List<String> args) throws Exception;
    }

    private record Subcommand<C>(List<String> parameters, Action<C> action, Reset reset) {
    }

    private final String program;
    private final Opener<C> opener;
    private final Map<String, Subcommand<C>> subcommands = new LinkedHashMap<>();

    /**
     * @param program the entry point's name, for the usage text
     * @param opener opens the library's client, once per process
     */
    public CommandLine(String program, Opener<C> opener) {
        this.program = program;
        this.opener = opener;
    }

    /**
     * @param name the subcommand
     * @param parameters the names of its positional arguments
     * @param action what it does
     * @return this command line
     */
    public CommandLine<C> on(String name, List<String> parameters, Action<C> action) {
        return on(name, parameters, action, args -> {
        });
    }

    /**
     * @param name the subcommand
     * @param parameters the names of its positional arguments
     * @param action what it does
     * @param reset what every run needs done first, outside the timed span
     * @return this command line
     */
    public CommandLine<C> on(String name, List<String> parameters, Action<C> action, Reset reset) {
        subcommands.put(name, new Subcommand<>(parameters, action, reset));
        return this;
    }

    /**
     * Runs the subcommand named by the first argument and exits the JVM with its code.
     *
     * @param args the process arguments
     */
    public void runAndExit(String[] args) {
        System.exit(run(args));
    }

    /**
     * @param args the process arguments
     * @return the exit code
     */
    public int run(String[] args) {
        Subcommand<C> subcommand = args.length == 0 ? null : subcommands.get(args[0]);
        if (subcommand == null || args.length - 1 != subcommand.parameters().size()) {
            System.err.println(usage());
            return EXIT_USAGE;
        }
        int warmup;
        int iterations;
        try {
            warmup = count(WARMUP_PROPERTY, 0, 0);
            iterations = count(ITERATIONS_PROPERTY, 1, 1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return EXIT_USAGE;
        }
        List<String> arguments = List.of(Arrays.copyOfRange(args, 1, args.length));
        try (C client = opener.open()) {
            List<Long> timed = new ArrayList<>();
            for (int run = 0; run < warmup + iterations; run++) {
                subcommand.reset().run(arguments);
                long start = System.nanoTime();
                int code = subcommand.action().run(client, arguments);
                long elapsed = System.nanoTime() - start;
                if (code != EXIT_OK) {
                    return code;
                }
                if (run >= warmup) {
                    timed.add(elapsed);
                }
            }
            if (System.getProperty(ITERATIONS_PROPERTY) != null) {
                System.out.println(warmLine(timed));
            }
            return EXIT_OK;
        } catch (UnsupportedTaskException e) {
            System.out.println("UNSUPPORTED " + e.getMessage());
            return EXIT_UNSUPPORTED;
        } catch (Exception | Error e) {
            System.err.println(program + " " + args[0] + " failed:");
            e.printStackTrace();
            System.out.println("FAILED " + oneLine(e));
            return EXIT_FAILED;
        }
    }

    /**
     * @param nanos the timed runs
     * @return the line the runner reads
     */
    static String warmLine(List<Long> nanos) {
        StringJoiner seconds = new StringJoiner(",", WARM_PREFIX, "");
        nanos.forEach(n -> seconds.add(String.format(Locale.ROOT, "%.6f", n / 1e9)));
        return seconds.toString();
    }

    private static int count(String property, int fallback, int minimum) {
        String value = System.getProperty(property);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= minimum) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + property + " must be a whole number of at least " + minimum
                + ", was '" + value + "'");
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        return (e.getClass().getSimpleName() + (message == null ? "" : ": " + message)).replaceAll("\\s+", " ");
    }

    private String usage() {
        StringBuilder text = new StringBuilder("usage:");
        subcommands.forEach((name, subcommand) -> {
            StringJoiner line = new StringJoiner(" ", "\n  " + program + " " + name + " ", "");
            subcommand.parameters().forEach(parameter -> line.add("<" + parameter + ">"));
            text.append(line);
        });
        return text.toString();
    }

    /**
     * Prints the one line the runner reads: {@code RESULT key=value ...}.
     *
     * @param keysAndValues alternating keys and values
     */
    public static void result(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        StringJoiner line = new StringJoiner(" ", "RESULT ", "");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String text = value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
            line.add(keysAndValues[i] + "=" + text);
        }
        System.out.println(line);
    }

    /**
     * @param text an argument
     * @param name its name, for the message
     * @return it as a positive int
     */
    public static int positive(String text, String name) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + text + "'", e);
        }
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }
}
