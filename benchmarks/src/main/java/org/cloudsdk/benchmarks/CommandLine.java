package org.cloudsdk.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The shared shape of the benchmark entry points: {@code <program> <subcommand> <args...>}, one
 * task per process, one {@code RESULT} line on standard output, and an exit code the runner reads.
 */
public final class CommandLine {

    /** The task was done. */
    public static final int EXIT_OK = 0;
    /** The task failed (an exception, a wrong count, errors under load). */
    public static final int EXIT_FAILED = 1;
    /** The arguments were wrong. */
    public static final int EXIT_USAGE = 2;
    /** The library cannot do the task on this cloud: reported as "n/a". */
    public static final int EXIT_UNSUPPORTED = 3;

    /** The body of one subcommand. */
    @FunctionalInterface
    public interface Action {
        /**
         * @param args the subcommand's arguments, as many as it declared
         * @return the exit code
         * @throws Exception any failure, reported and turned into {@link #EXIT_FAILED}
         */
        int run(List<String> args) throws Exception;
    }

    private record Subcommand(List<String> parameters, Action action) {
    }

    private final String program;
    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

    /** @param program the entry point's name, for the usage text */
    public CommandLine(String program) {
        this.program = program;
    }

    /**
     * @param name the subcommand
     * @param parameters the names of its positional arguments
     * @param action what it does
     * @return this command line
     */
    public CommandLine on(String name, List<String> parameters, Action action) {
        subcommands.put(name, new Subcommand(parameters, action));
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
        Subcommand subcommand = args.length == 0 ? null : subcommands.get(args[0]);
        if (subcommand == null || args.length - 1 != subcommand.parameters().size()) {
            System.err.println(usage());
            return EXIT_USAGE;
        }
        try {
            return subcommand.action().run(List.of(Arrays.copyOfRange(args, 1, args.length)));
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
